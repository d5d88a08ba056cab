import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // forbidden(): the admin console answers 403 with its own page when a viewer opens an edit page.
    authInterrupts: true,
    // A product picture (at most 5 MiB, the catalog's limit) passes through a server action; the default is 1 MB.
    serverActions: { bodySizeLimit: '6mb' },
  },
};

export default config;
