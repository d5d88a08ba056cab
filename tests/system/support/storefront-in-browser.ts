import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startStorefront } from './storefront';

/** The built storefront on the shop's gateway, and a Chromium to drive it. */
export interface StorefrontInBrowser {
  /** `http://127.0.0.1:PORT` of the Next server. */
  readonly url: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

export async function startStorefrontInBrowser(
  gatewayUrl: string,
  env: Record<string, string>,
): Promise<StorefrontInBrowser> {
  const storefront = await startStorefront(gatewayUrl, env);
  try {
    const browser = await launchChromium();
    return {
      url: storefront.url,
      browser,
      stop: async () => {
        await browser.close();
        await storefront.stop();
      },
    };
  } catch (error) {
    await storefront.stop();
    throw error;
  }
}
