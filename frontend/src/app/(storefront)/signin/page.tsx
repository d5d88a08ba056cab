import type { Metadata } from 'next';
import { signIn } from '@/app/actions/account';
import { AccountForm } from '@/components/account-form';
import { RETURN_TO_PARAM, storefrontReturnTo } from '@/lib/return-to';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const next = storefrontReturnTo((await searchParams)[RETURN_TO_PARAM]);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-slate-700">Your cart comes with you when you sign in.</p>
      <AccountForm mode="sign-in" next={next} action={signIn} />
    </div>
  );
}
