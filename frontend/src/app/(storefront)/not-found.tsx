import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing here, or it is no longer for sale.</p>
      <Link href="/products" className="mt-4 inline-block font-medium text-indigo-800 underline">
        Browse the products
      </Link>
    </div>
  );
}
