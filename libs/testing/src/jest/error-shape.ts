/** Asserts the shop's error shape and returns the code: `{ error: { code, message, details?, traceId? } }`. */
export function errorCodeOf(response: { body: unknown }): string {
  const body = response.body as { error?: { code?: unknown; message?: unknown } };
  expect(body.error).toEqual(
    expect.objectContaining({ code: expect.any(String) as unknown, message: expect.any(String) as unknown }),
  );
  return String(body.error?.code);
}
