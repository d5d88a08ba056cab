import { formatMoney } from '@/lib/money';
import type { Money } from '@/lib/types';

export function Price({ money, className }: { money: Money; className?: string }) {
  return <span className={className}>{formatMoney(money)}</span>;
}
