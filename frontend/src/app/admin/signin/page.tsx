import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { signInOperator } from '@/app/admin/actions/auth';
import { OperatorSignInForm } from '@/components/admin/operator-sign-in-form';
import { currentOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Admin sign-in' };

export default async function OperatorSignInPage() {
  if (await currentOperator()) redirect('/admin/products');
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Admin console</h1>
      <p className="text-sm text-slate-700">Sign in with your operator account.</p>
      <OperatorSignInForm action={signInOperator} />
    </div>
  );
}
