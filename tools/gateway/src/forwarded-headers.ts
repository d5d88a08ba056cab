/** What the gateway knows about the client's connection. */
export interface ClientConnection {
  /** Address of the peer that connected to the gateway. */
  readonly remoteAddress: string;
  /** `http` or `https`: the listener's protocol. */
  readonly protocol: string;
  /** The port the client connected to (the listener's port). */
  readonly localPort: number;
}

/**
 * The `X-Forwarded-*` headers the ALB sets: `For` gets the client address appended to whatever chain
 * came in; `Proto` and `Port` describe the listener and replace any values the client sent.
 */
export function forwardedHeaders(
  incomingFor: string | undefined,
  connection: ClientConnection,
): Record<'x-forwarded-for' | 'x-forwarded-proto' | 'x-forwarded-port', string> {
  const client = withoutIpv4MappedPrefix(connection.remoteAddress);
  const chain = incomingFor?.trim();
  return {
    'x-forwarded-for': chain ? `${chain}, ${client}` : client,
    'x-forwarded-proto': connection.protocol,
    'x-forwarded-port': String(connection.localPort),
  };
}

// A dual-stack socket reports IPv4 peers as `::ffff:a.b.c.d`; the ALB writes them as plain IPv4.
function withoutIpv4MappedPrefix(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
