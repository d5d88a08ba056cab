import { ApiError } from '@/lib/api-error';
import { gateway } from '@/lib/gateway';
import { adminForAction, currentOperator, requireAdmin, requireOperator, VIEWER_REFUSED } from './session';

jest.mock('server-only', () => ({}));
jest.mock('@/lib/gateway', () => ({ gateway: jest.fn() }));

const jar = new Map<string, string>();
const requestHeaders = new Headers();
jest.mock('next/headers', () => ({
  cookies: () => Promise.resolve({ get: (name: string) => (jar.has(name) ? { value: jar.get(name) } : undefined) }),
  headers: () => Promise.resolve(requestHeaders),
}));

class Interrupt extends Error {}
jest.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Interrupt(`redirect ${to}`);
  },
  forbidden: () => {
    throw new Interrupt('forbidden');
  },
}));

const gatewayMock = jest.mocked(gateway);

function signedInAs(roles: string[]) {
  jar.set('shop_operator_token', 'token-1');
  gatewayMock.mockResolvedValue({ id: 'a1', email: 'op@shop.local', name: 'Op', roles });
}

beforeEach(() => {
  jar.clear();
  requestHeaders.delete('x-shop-requested-path');
  gatewayMock.mockReset();
});

describe('the operator session', () => {
  it('is nobody without the cookie, and asks the shop nothing', async () => {
    expect(await currentOperator()).toBeNull();
    expect(gatewayMock).not.toHaveBeenCalled();
    await expect(requireOperator()).rejects.toThrow('redirect /admin/signin');
  });

  it('checks the token with /api/auth/me on the server', async () => {
    signedInAs(['admin']);
    expect(await currentOperator()).toMatchObject({ role: 'admin', canEdit: true, token: 'token-1' });
    expect(gatewayMock).toHaveBeenCalledWith('/api/auth/me', { credentials: { bearer: 'token-1' } });
  });

  it('treats a token the shop refuses, or a customer’s, as signed out', async () => {
    jar.set('shop_operator_token', 'expired');
    gatewayMock.mockRejectedValue(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'no' }));
    expect(await currentOperator()).toBeNull();
    signedInAs(['customer']);
    expect(await currentOperator()).toBeNull();
  });

  it('lets a viewer read but not edit: the 403 page, and a refusal for actions', async () => {
    signedInAs(['viewer']);
    expect(await requireOperator()).toMatchObject({ role: 'viewer', canEdit: false });
    await expect(requireAdmin()).rejects.toThrow('forbidden');
    expect(await adminForAction()).toBe(VIEWER_REFUSED);
  });

  it('lets an admin edit', async () => {
    signedInAs(['admin']);
    expect(await requireAdmin()).toMatchObject({ role: 'admin' });
    expect(await adminForAction()).toMatchObject({ role: 'admin' });
  });

  it('sends a signed-out action to the sign-in page', async () => {
    await expect(adminForAction()).rejects.toThrow('redirect /admin/signin');
  });

  it('sends a signed-out operator to the sign-in page with the page asked for, if it is a same-site path', async () => {
    requestHeaders.set('x-shop-requested-path', '/admin/orders?status=PENDING');
    await expect(requireOperator()).rejects.toThrow(
      /^redirect \/admin\/signin\?next=%2Fadmin%2Forders%3Fstatus%3DPENDING$/,
    );
    requestHeaders.set('x-shop-requested-path', '//evil.example/admin');
    await expect(requireOperator()).rejects.toThrow(/^redirect \/admin\/signin$/);
  });
});
