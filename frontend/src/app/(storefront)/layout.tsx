import { SiteHeader } from '@/components/site-header';
import { currentAccount } from '@/lib/account';
import { currentCart } from '@/lib/cart';

/** The header must not take the page down with it: a failing cart or account call shows an empty header. */
async function headerData() {
  const [account, cart] = await Promise.all([currentAccount(), currentCart().catch(() => null)]);
  return { account, cartCount: cart?.itemCount ?? 0 };
}

/** The shopper's pages: every one shows their own cart and account, read from their cookies. */
export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const { account, cartCount } = await headerData();
  return (
    <>
      <SiteHeader account={account} cartCount={cartCount} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">
          Observable Shop: a shop built to learn observability.
        </p>
      </footer>
    </>
  );
}
