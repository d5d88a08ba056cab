import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden(): the admin console answers 403 with its own page when a viewer opens an edit page.
  experimental: { authInterrupts: true },
};

export default config;
