import type { Metadata } from 'next';
import { signIn } from '@/app/actions/account';
import { AccountForm } from '@/components/account-form';
import { safeNextPath } from '@/lib/safe-redirect';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath((await searchParams)['next']);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-slate-700">Your cart comes with you when you sign in.</p>
      <AccountForm mode="sign-in" next={next} action={signIn} />
    </div>
  );
}
