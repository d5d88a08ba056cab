import type { Metadata } from 'next';
import { signUp } from '@/app/actions/account';
import { AccountForm } from '@/components/account-form';
import { RETURN_TO_PARAM, storefrontReturnTo } from '@/lib/return-to';

export const metadata: Metadata = { title: 'Create an account' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const next = storefrontReturnTo((await searchParams)[RETURN_TO_PARAM]);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <AccountForm mode="sign-up" next={next} action={signUp} />
    </div>
  );
}
