/**
 * The stand-ins the server actions' specs share. Import it before the action under test: its mocks must be
 * registered before the action's modules load.
 */
import { gateway } from '@/lib/gateway';

jest.mock('server-only', () => ({}));
jest.mock('@/lib/gateway', () => ({ gateway: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
jest.mock('next/headers', () => ({
  cookies: () => Promise.resolve({ get: () => ({ value: 'token-1' }) }),
}));
jest.mock('next/navigation', () => ({
  unstable_rethrow: () => undefined,
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
}));

export const gatewayMock = jest.mocked(gateway);

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const ACCOUNT = { id: 'a1', email: 'op@shop.local', name: 'Op' };

/** /api/auth/me answers with these roles; every other call answers with `answer`. */
export function shopAnswers(roles: string[], answer: (path: string) => Promise<unknown>) {
  gatewayMock.mockImplementation((path) =>
    path === '/api/auth/me' ? Promise.resolve({ ...ACCOUNT, roles }) : answer(path),
  );
}
