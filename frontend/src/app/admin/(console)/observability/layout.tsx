import { ObservabilityNav } from '@/components/admin/observability/observability-nav';

/** The observability pages share their own navigation below the console's. */
export default function ObservabilityLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <ObservabilityNav />
      {children}
    </div>
  );
}
