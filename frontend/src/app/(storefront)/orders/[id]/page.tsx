import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { fetchOrder } from '@/app/actions/orders';
import { FailureView } from '@/components/failure-view';
import { FunnelStep } from '@/components/funnel-step';
import { OrderLines } from '@/components/order-lines';
import { COUNTRIES } from '@/lib/checkout-validation';
import { FUNNEL_STEPS } from '@/lib/funnel';
import { OrderStatusLive } from './order-status-live';

export const metadata: Metadata = { title: 'Your order' };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ placed?: string | string[] }>;
}) {
  const { id } = await params;
  const { placed } = await searchParams;
  const result = await fetchOrder(id);
  if (!result.ok) {
    if (result.failure.status === 404 || result.failure.status === 401) notFound();
    return <FailureView failure={result.failure} title="This order could not be loaded" />;
  }
  const order = result.value;
  const address = order.shippingAddress;
  const country = COUNTRIES.find((entry) => entry.code === address.country)?.name ?? address.country;
  return (
    <div className="space-y-6">
      {placed === '1' ? (
        <FunnelStep
          step={FUNNEL_STEPS.orderPlaced}
          attributes={{
            'order.id': order.id,
            'order.total': order.total.amount,
            'order.currency': order.total.currency,
          }}
        />
      ) : null}
      <div>
        <h1 className="text-2xl font-semibold">Thank you for your order</h1>
        <p className="text-sm text-slate-700">
          Order <span className="font-mono">{order.id}</span> · a confirmation goes to {order.email}
        </p>
      </div>
      <OrderStatusLive initial={order} />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="order-items" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="order-items" className="mb-2 font-semibold">
            Items
          </h2>
          <OrderLines
            label="Items in this order"
            lines={order.lines.map((line) => ({ key: line.productId, ...line }))}
            total={order.total}
          />
        </section>
        <section aria-labelledby="order-address" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="order-address" className="mb-2 font-semibold">
            Shipping to
          </h2>
          <address className="text-sm not-italic">
            {address.fullName}
            <br />
            {address.line1}
            {address.line2 ? (
              <>
                <br />
                {address.line2}
              </>
            ) : null}
            <br />
            {address.postalCode} {address.city}
            <br />
            {country}
          </address>
        </section>
      </div>
      <Link href="/orders" className="inline-block font-medium text-indigo-800 underline">
        All your orders
      </Link>
    </div>
  );
}
