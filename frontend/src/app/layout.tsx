import type { Metadata, Viewport } from 'next';
import { BrowserTelemetry } from '@/components/browser-telemetry';
import { SiteHeader } from '@/components/site-header';
import { currentAccount } from '@/lib/account';
import { currentCart } from '@/lib/cart';
import packageJson from '../../package.json';
import './globals.css';

const SERVICE_VERSION = packageJson.version;

export const metadata: Metadata = {
  title: { default: 'Observable Shop', template: '%s · Observable Shop' },
  description: 'A working shop, observed end to end.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page shows the shopper's own cart and account, read from their cookies.
export const dynamic = 'force-dynamic';

/** Where the browser sends its spans: read at run time, like every other setting of the server. */
function browserTelemetryEndpoint(): string | null {
  if (process.env['OTEL_SDK_DISABLED'] === 'true') return null;
  return process.env['OTEL_EXPORTER_OTLP_HTTP_ENDPOINT'] ?? 'http://localhost:4318';
}

/** The header must not take the page down with it: a failing cart or account call shows an empty header. */
async function headerData() {
  const [account, cart] = await Promise.all([currentAccount(), currentCart().catch(() => null)]);
  return { account, cartCount: cart?.itemCount ?? 0 };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { account, cartCount } = await headerData();
  const telemetryEndpoint = browserTelemetryEndpoint();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader account={account} cartCount={cartCount} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white">
          <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">
            Observable Shop: a shop built to learn observability.
          </p>
        </footer>
        {telemetryEndpoint ? (
          <BrowserTelemetry
            endpoint={telemetryEndpoint}
            serviceName="storefront-web"
            serviceVersion={SERVICE_VERSION}
          />
        ) : null}
      </body>
    </html>
  );
}
