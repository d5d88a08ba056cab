'use client';

/** The last resort when the root layout itself fails: it replaces the whole document. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', color: '#0f172a' }}>
        <main role="alert">
          <h1>The shop could not be shown</h1>
          <p>Try again in a moment.</p>
          {error.digest ? (
            <p>
              Error reference: <code>{error.digest}</code>
            </p>
          ) : null}
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
