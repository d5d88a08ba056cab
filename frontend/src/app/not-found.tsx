import StorefrontNotFound from './(storefront)/not-found';

/** An address no route matches: outside both layouts, so it brings its own landmark. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
      <StorefrontNotFound />
    </main>
  );
}
