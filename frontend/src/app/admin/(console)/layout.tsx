import { signOutOperator } from '@/app/admin/actions/auth';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireOperator } from '@/lib/admin/session';

/**
 * Every console page: signed-out visitors go to the sign-in page. Layouts are not rendered again on
 * every navigation, so each page and each action checks the operator too (requireOperator/requireAdmin).
 */
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const operator = await requireOperator();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-300 pb-3">
        <p className="text-lg font-bold text-slate-900">Admin</p>
        <AdminNav />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            {operator.account.name} <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs">{operator.role}</span>
          </span>
          <form action={signOutOperator}>
            <button type="submit" className="font-medium hover:underline">
              Sign out
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}
