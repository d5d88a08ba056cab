import { NextResponse, type NextRequest } from 'next/server';
import { REQUESTED_PATH_HEADER } from '@/lib/return-to';

// The router's own cache-busting parameter, not part of the page's address.
const ROUTER_PARAM = '_rsc';

/**
 * Tells the console's pages which address was asked for: layouts are not given it, and a signed-out
 * operator should come back to it after signing in. Whatever the browser sent in this header is replaced.
 */
export function proxy(request: NextRequest): NextResponse {
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete(ROUTER_PARAM);
  const query = search.toString();
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${query === '' ? '' : `?${query}`}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/admin/:path*'] };
