'use client';

import StorefrontError from './(storefront)/error';

/** A failure outside the storefront's own boundary (its layout, the admin console): it brings its own landmark. */
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
      <StorefrontError {...props} />
    </main>
  );
}
