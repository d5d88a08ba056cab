/** The query parameter a sign-in page reads to know where to go back to. */
export const RETURN_TO_PARAM = 'next';

// Only for resolving: a path that resolves to another origin than this one left the site.
const PROBE_ORIGIN = 'https://return-to.invalid';
const MAX_LENGTH = 2000;
// Browsers drop tabs and line breaks inside URLs (`/\t/evil.example` becomes `//evil.example`) and read
// a backslash as a slash, so none of them (nor any other control character or space) may appear.
function hasUnsafeCharacter(value: string): boolean {
  return [...value].some((character) => {
    const code = character.charCodeAt(0);
    return code <= 0x20 || code === 0x7f || character === '\\';
  });
}

/**
 * A same-site path (`/orders?page=2`) to go back to after signing in, or null: anything that does not
 * start with exactly one `/`, names a scheme or host (`//evil.example`, `https:…`), or holds characters
 * a browser would rewrite.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//') || hasUnsafeCharacter(value)) return null;
  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (resolved.origin !== PROBE_ORIGIN) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Where the storefront's sign-in and sign-up go afterwards: the asked-for page, else home. */
export function storefrontReturnTo(value: unknown): string {
  return sameSitePath(value) ?? '/';
}

const CONSOLE_HOME = '/admin/products';
const CONSOLE_SIGN_IN = '/admin/signin';

/** Where the console's sign-in goes afterwards: a console page (never the sign-in page itself), else the products. */
export function consoleReturnTo(value: unknown): string {
  const path = sameSitePath(value);
  if (path === null) return CONSOLE_HOME;
  const pathname = new URL(path, PROBE_ORIGIN).pathname;
  const inConsole = pathname === '/admin' || pathname.startsWith('/admin/');
  const isSignIn = pathname === CONSOLE_SIGN_IN || pathname.startsWith(`${CONSOLE_SIGN_IN}/`);
  return inConsole && !isSignIn ? path : CONSOLE_HOME;
}

/** A sign-in page's address that brings the visitor back to `returnTo` (left out when it is not a same-site path). */
export function signInHref(signInPath: string, returnTo: string | null | undefined): string {
  const path = sameSitePath(returnTo);
  return path === null ? signInPath : `${signInPath}?${new URLSearchParams({ [RETURN_TO_PARAM]: path }).toString()}`;
}

/** The request header in which the proxy hands a console page its own path, for the sign-in redirect. */
export const REQUESTED_PATH_HEADER = 'x-shop-requested-path';
