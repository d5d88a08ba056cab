import type { Metadata, Viewport } from 'next';
import { BrowserTelemetry } from '@/components/browser-telemetry';
import { browserTelemetrySettings } from '@/lib/telemetry-settings';
import packageJson from '../../package.json';
import './globals.css';

const SERVICE_VERSION = packageJson.version;

export const metadata: Metadata = {
  title: { default: 'Observable Shop', template: '%s · Observable Shop' },
  description: 'A working shop, observed end to end.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page reads the shopper's cookies or the run-time settings below; nothing is rendered at build time.
export const dynamic = 'force-dynamic';

/** The document around both the storefront and the admin console; each brings its own header and `<main id="main">`. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  // Read at run time, like every other setting of the server.
  const telemetry = browserTelemetrySettings(process.env);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
        <BrowserTelemetry {...telemetry} serviceName="storefront-web" serviceVersion={SERVICE_VERSION} />
      </body>
    </html>
  );
}
