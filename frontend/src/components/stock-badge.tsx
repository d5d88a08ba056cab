import type { StockStatus } from '@/lib/types';

const BADGES: Record<StockStatus, { label: string; className: string }> = {
  'in-stock': { label: 'In stock', className: 'bg-green-100 text-green-900' },
  low: { label: 'Only a few left', className: 'bg-amber-100 text-amber-900' },
  'out-of-stock': { label: 'Out of stock', className: 'bg-red-100 text-red-900' },
  unknown: { label: 'Availability not known yet', className: 'bg-slate-100 text-slate-800' },
};

export function StockBadge({ status }: { status: StockStatus }) {
  const badge = BADGES[status];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${badge.className}`}>{badge.label}</span>
  );
}
