import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminFailure } from '@/components/admin/admin-failure';
import { StatusBadge } from '@/components/admin/status-badge';
import { OrderLines } from '@/components/order-lines';
import { attempt } from '@/lib/admin/attempt';
import { asOperator, requireOperator } from '@/lib/admin/session';
import type { Order } from '@/lib/types';

export const metadata: Metadata = { title: 'Order · Admin' };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const { id } = await params;
  const result = await attempt(asOperator<Order>(operator, `/api/orders/admin/orders/${encodeURIComponent(id)}`));
  if (!result.ok && (result.failure.status === 404 || result.failure.status === 400)) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/orders" className="text-sm text-indigo-800 underline">
        ← Orders
      </Link>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The order could not be loaded" />
      ) : (
        <OrderDetail order={result.value} />
      )}
    </div>
  );
}

function OrderDetail({ order }: { order: Order }) {
  const address = order.shippingAddress;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          Order <span className="font-mono text-lg">{order.id}</span>
        </h1>
        <StatusBadge status={order.status} />
      </div>
      {order.rejectionReason ? <p className="text-sm text-red-900">Rejected: {order.rejectionReason}</p> : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">Customer</dt>
          <dd>
            {order.email}{' '}
            {order.customerId ? <span className="text-slate-700">(account {order.customerId})</span> : '(guest)'}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Placed / last change</dt>
          <dd>
            {new Date(order.createdAt).toLocaleString('en-GB')} / {new Date(order.updatedAt).toLocaleString('en-GB')}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Ship to</dt>
          <dd>
            {[address.fullName, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country]
              .filter(Boolean)
              .join(', ')}
            {address.phone ? `, ${address.phone}` : ''}
          </dd>
        </div>
      </dl>
      <div className="rounded border border-slate-200 bg-white p-4">
        <OrderLines
          label="Order lines"
          lines={order.lines.map((line) => ({ ...line, key: line.productId }))}
          total={order.total}
        />
        <ul className="mt-3 space-y-1 text-xs text-slate-700">
          {order.lines.map((line) => (
            <li key={line.productId}>
              <Link href={`/admin/inventory/${encodeURIComponent(line.sku)}`} className="underline">
                Stock of {line.sku}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
