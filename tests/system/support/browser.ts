import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@shop/testing';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Where the browser specs leave their screenshots and reports. */
export const ARTIFACTS = join(__dirname, '..', '..', '..', 'frontend', 'test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The system's Chromium, headless, without the sandbox (containers) and without its own background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** A page in a context of its own, at a laptop's size. */
export async function newDesktopPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

/** The whole page as `ARTIFACTS/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Loads `url` again until `ready` holds: what the shop does travels by events and takes a moment to show. */
export async function reloadUntil(
  page: Page,
  url: string,
  ready: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  await waitFor(
    async () => {
      await page.goto(url);
      return (await ready()) || undefined;
    },
    timeoutMs,
    () => what,
  );
}

/**
 * Clicks a disclosure button until what it opens shows: a click that lands before React has hydrated the page
 * does nothing.
 */
export async function openDisclosure(button: Locator, opened: Locator, what: string): Promise<void> {
  await waitFor(
    async () => {
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      return (await opened.isVisible()) || undefined;
    },
    30_000,
    () => what,
  );
}
