import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { adjustStock, receiveStock, setLowStockThreshold } from '@/app/admin/actions/inventory';
import { AdminFailure } from '@/components/admin/admin-failure';
import { AdminTable, ColumnHeaders, PagedList } from '@/components/admin/paged-list';
import { StatusBadge } from '@/components/admin/status-badge';
import { AdjustStockForm, ReceiveStockForm, ThresholdForm } from '@/components/admin/stock-forms';
import { attempt } from '@/lib/admin/attempt';
import { ADMIN_PAGE_SIZE, historyPage, queryString, type SearchParams } from '@/lib/admin/list-queries';
import { asOperator, requireOperator } from '@/lib/admin/session';
import type { StockItem, StockMovement } from '@/lib/admin/types';
import type { Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Stock · Admin' };

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

export default async function StockItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ sku: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const operator = await requireOperator();
  const { sku } = await params;
  const page = historyPage(await searchParams);
  const path = `/api/inventory/admin/stock/${encodeURIComponent(sku)}`;
  const [item, movements] = await Promise.all([
    attempt(asOperator<StockItem>(operator, path)),
    attempt(
      asOperator<Page<StockMovement>>(operator, `${path}/movements${queryString({ page, pageSize: ADMIN_PAGE_SIZE })}`),
    ),
  ]);
  if (!item.ok && (item.failure.status === 404 || item.failure.status === 400)) notFound();
  return (
    <div className="space-y-6">
      <Link href="/admin/inventory" className="text-sm text-indigo-800 underline">
        ← Inventory
      </Link>
      <h1 className="font-mono text-2xl font-semibold">{sku}</h1>
      {!item.ok ? (
        <AdminFailure failure={item.failure} title="The stock item could not be loaded" />
      ) : (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Stock levels">
          {(
            [
              ['On hand', item.value.onHand],
              ['Reserved', item.value.reserved],
              ['Available', item.value.available],
              ['Low-stock threshold', item.value.lowStockThreshold],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 bg-white p-3">
              <dt className="text-xs text-slate-700">{label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
          <div className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-700">Status</dt>
            <dd>
              <StatusBadge status={item.value.status} />
            </dd>
          </div>
        </dl>
      )}
      {operator.canEdit && item.ok ? (
        <div className="grid gap-6 md:grid-cols-3">
          <div className="rounded border border-slate-200 bg-white p-4">
            <ReceiveStockForm sku={sku} action={receiveStock.bind(null, sku)} />
          </div>
          <div className="rounded border border-slate-200 bg-white p-4">
            <AdjustStockForm sku={sku} action={adjustStock.bind(null, sku)} />
          </div>
          <div className="rounded border border-slate-200 bg-white p-4">
            <ThresholdForm
              sku={sku}
              current={item.value.lowStockThreshold}
              action={setLowStockThreshold.bind(null, sku)}
            />
          </div>
        </div>
      ) : null}
      <section aria-labelledby="movements-heading" className="space-y-3">
        <h2 id="movements-heading" className="text-lg font-semibold">
          Movement history
        </h2>
        <PagedList
          result={movements}
          failureTitle="The history could not be loaded"
          empty={{ title: 'No movements yet' }}
          hrefFor={(target) => `/admin/inventory/${encodeURIComponent(sku)}${queryString({ page: target })}`}
        >
          {(history) => (
            <AdminTable
              caption={<>Stock movements of {sku}, newest first</>}
              columns={<ColumnHeaders labels={['When', 'Kind', 'On hand', 'Reserved', 'Reason', 'Order', 'By']} />}
            >
              {history.items.map((movement) => (
                <tr key={movement.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-2 py-2 whitespace-nowrap">
                    {new Date(movement.occurredAt).toLocaleString('en-GB')}
                  </td>
                  <td className="px-2 py-2">{movement.kind}</td>
                  <td className="px-2 py-2 tabular-nums">
                    {signed(movement.onHandDelta)} → {movement.onHandAfter}
                  </td>
                  <td className="px-2 py-2 tabular-nums">
                    {signed(movement.reservedDelta)} → {movement.reservedAfter}
                  </td>
                  <td className="px-2 py-2">{movement.reason ?? ''}</td>
                  <td className="px-2 py-2 font-mono text-xs">
                    {movement.orderId ? (
                      <Link href={`/admin/orders/${movement.orderId}`} className="text-indigo-800 underline">
                        {movement.orderId.slice(0, 8)}
                      </Link>
                    ) : null}
                  </td>
                  <td className="px-2 py-2">{movement.actor}</td>
                </tr>
              ))}
            </AdminTable>
          )}
        </PagedList>
      </section>
    </div>
  );
}
