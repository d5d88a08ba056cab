/** The console's landmark for the skip link; the storefront's header and footer are not part of it. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
      {children}
    </main>
  );
}
