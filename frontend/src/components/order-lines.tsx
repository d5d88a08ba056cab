import { formatMoney } from '@/lib/money';
import type { Money } from '@/lib/types';

interface Line {
  key: string;
  name: string;
  quantity: number;
  lineTotal: Money;
}

/** Lines and a total exactly as the service computed them. */
export function OrderLines({ lines, total, label }: { lines: Line[]; total: Money | null; label: string }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-700">
          <th scope="col" className="py-1 font-medium">
            Item
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Qty
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Price
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className="border-b border-slate-100">
            <td className="py-1 pr-2">{line.name}</td>
            <td className="py-1 text-right">{line.quantity}</td>
            <td className="py-1 text-right">{formatMoney(line.lineTotal)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" colSpan={2} className="pt-2 text-left">
            Total
          </th>
          <td className="pt-2 text-right" data-testid="order-total">
            {total ? formatMoney(total) : '—'}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
