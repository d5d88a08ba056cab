import Link from 'next/link';
import { signOut } from '@/app/actions/account';
import type { Account } from '@/lib/types';

interface SiteHeaderProps {
  account: Account | null;
  cartCount: number;
}

export function SiteHeader({ account, cartCount }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-indigo-900">
          Observable Shop
        </Link>
        <form
          role="search"
          action="/products"
          className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
        >
          <label htmlFor="site-search" className="sr-only">
            Search products
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder="Search products"
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-1.5"
          />
          <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
            Search
          </button>
        </form>
        <nav aria-label="Main" className="ml-auto">
          <ul className="flex items-center gap-3 text-sm">
            <li>
              <Link href="/products" className="hover:underline">
                Products
              </Link>
            </li>
            <li>
              <Link href="/orders" className="hover:underline">
                Orders
              </Link>
            </li>
            <li>
              <Link href="/cart" className="font-medium hover:underline">
                Cart ({cartCount}
                <span className="sr-only"> items</span>)
              </Link>
            </li>
            {account ? (
              <li className="flex items-center gap-2">
                <span className="hidden text-slate-700 sm:inline">Hi, {account.name}</span>
                <form action={signOut}>
                  <button type="submit" className="hover:underline">
                    Sign out
                  </button>
                </form>
              </li>
            ) : (
              <li>
                <Link href="/signin" className="hover:underline">
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
