'use client';

import { useEffect } from 'react';

/**
 * An error no page handled itself. Pages show the gateway's trace id for failed API calls; what
 * reaches here is the server's own failure, which Next identifies by its digest in the server logs.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm">The page could not be shown. Try again in a moment.</p>
      {error.digest ? (
        <p className="mt-2 text-xs">
          Error reference: <code className="rounded bg-white px-1 py-0.5 font-mono">{error.digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-red-800 px-4 py-2 text-sm font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
