import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { signInOperator } from '@/app/admin/actions/auth';
import { OperatorSignInForm } from '@/components/admin/operator-sign-in-form';
import type { SearchParams } from '@/lib/admin/list-queries';
import { currentOperator } from '@/lib/admin/session';
import { consoleReturnTo, RETURN_TO_PARAM } from '@/lib/return-to';

export const metadata: Metadata = { title: 'Admin sign-in' };

export default async function OperatorSignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = consoleReturnTo((await searchParams)[RETURN_TO_PARAM]);
  if (await currentOperator()) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Admin console</h1>
      <p className="text-sm text-slate-700">Sign in with your operator account.</p>
      <OperatorSignInForm action={signInOperator} next={next} />
    </div>
  );
}
