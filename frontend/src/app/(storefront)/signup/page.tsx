import type { Metadata } from 'next';
import { signUp } from '@/app/actions/account';
import { AccountForm } from '@/components/account-form';
import { safeNextPath } from '@/lib/safe-redirect';

export const metadata: Metadata = { title: 'Create an account' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath((await searchParams)['next']);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <AccountForm mode="sign-up" next={next} action={signUp} />
    </div>
  );
}
