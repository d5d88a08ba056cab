import { z } from '@shop/config';
import { configLoader, serviceConfigSchema } from '@shop/service-runtime/config';

const DEVELOPMENT_SEED_PASSWORDS = { admin: 'admin-local-password', viewer: 'viewer-local-password' };

const seedPassword = z.string().min(12, { message: 'must be at least 12 characters' }).optional();

/** The catalog's settings, validated once at start; defaults only where a laptop needs them. */
export const catalogConfigSchema = serviceConfigSchema(
  { port: 3001, database: 'shop_catalog' },
  {
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(10),
    // How long storefront list totals are reused; tests default to 0 so that every total is exact.
    LIST_TOTAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
    SEED_ADMIN_PASSWORD: seedPassword,
    SEED_VIEWER_PASSWORD: seedPassword,
  },
).transform((config) => {
  // Only the seed command needs these, and it refuses to run in production without them.
  const seedDefaults = config.NODE_ENV === 'production' ? undefined : DEVELOPMENT_SEED_PASSWORDS;
  return {
    ...config,
    LIST_TOTAL_CACHE_SECONDS: config.LIST_TOTAL_CACHE_SECONDS ?? (config.NODE_ENV === 'test' ? 0 : 10),
    SEED_ADMIN_PASSWORD: config.SEED_ADMIN_PASSWORD ?? seedDefaults?.admin,
    SEED_VIEWER_PASSWORD: config.SEED_VIEWER_PASSWORD ?? seedDefaults?.viewer,
  };
});

export type CatalogConfig = z.infer<typeof catalogConfigSchema>;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export const catalogConfig = configLoader(catalogConfigSchema);
