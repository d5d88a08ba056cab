import { attributeText } from '@/lib/admin/observability/format';
import type { Attributes } from '@/lib/admin/observability/types';

/** Key/value pairs (span or log attributes, a resource) as a two-column list, keys sorted. */
export function AttributeTable({ label, attributes }: { label: string; attributes: Attributes }) {
  const entries = Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-xs text-slate-700">No {label.toLowerCase()}.</p>;
  return (
    <table className="w-full table-fixed text-left text-xs">
      <caption className="sr-only">{label}</caption>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key} className="border-b border-slate-100 align-top last:border-0">
            <th scope="row" className="w-2/5 py-1 pr-2 font-mono font-normal break-all text-slate-700">
              {key}
            </th>
            <td className="py-1 font-mono break-all text-slate-900">{attributeText(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
