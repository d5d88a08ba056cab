import Link from 'next/link';

/** What a viewer sees on an edit page: the server answered 403 and rendered no form. */
export default function AdminForbidden() {
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-semibold text-amber-950">403: not allowed</h1>
      <p className="text-sm text-amber-950">
        Your role can look at the console but not change anything. Ask an admin to make this change.
      </p>
      <Link href="/admin/products" className="inline-block text-sm font-medium text-indigo-800 underline">
        Back to the products
      </Link>
    </div>
  );
}
