import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters: CPU/memory cost N (a power of two), block size r, parallelism p. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's scrypt setting with 32 MiB of memory per hash (N=2^15, r=8, p=3), equal in work to its
 * N=2^17, p=1 setting while a few concurrent sign-ins stay within a laptop's memory.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };

const SCHEME = 'scrypt';
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds for cost read back from a stored hash, so a corrupt row cannot make one sign-in take minutes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * Hashes passwords as `scrypt$N$r$p$salt$hash` (salt and hash base64url): the string carries its
 * own algorithm and cost, so hashes made with an older cost still verify after the default rises.
 */
export class ScryptPasswordHasher {
  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, KEY_BYTES, this.cost);
    const { N, r, p } = this.cost;
    return [SCHEME, N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /** Compares in constant time; throws if the stored hash is not in this format (a data bug, not a wrong password). */
  async verify(password: string, storedHash: string): Promise<boolean> {
    const { cost, salt, key } = parse(storedHash);
    const candidate = await derive(password, salt, key.length, cost);
    return timingSafeEqual(candidate, key);
  }

  /**
   * Spends the time of a verify and answers false: used when there is no account to check against,
   * so an unknown email cannot be told from a wrong password by how long the answer takes.
   */
  async verifyNothing(password: string): Promise<false> {
    await derive(password, randomBytes(SALT_BYTES), KEY_BYTES, this.cost);
    return false;
  }
}

function derive(password: string, salt: Buffer, keyBytes: number, { N, r, p }: ScryptCost): Promise<Buffer> {
  // Node's default limit (32 MiB) is just below what N=2^15, r=8 needs; allow twice the block memory.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function parse(storedHash: string): { cost: ScryptCost; salt: Buffer; key: Buffer } {
  const [scheme, n, r, p, salt, key, ...rest] = storedHash.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (
    scheme !== SCHEME ||
    rest.length > 0 ||
    !salt ||
    !key ||
    !isPowerOfTwo(cost.N) ||
    cost.N > MAX_N ||
    !isWithin(cost.r, MAX_R) ||
    !isWithin(cost.p, MAX_P)
  ) {
    throw new Error('The stored password hash is not in the scrypt$N$r$p$salt$hash format');
  }
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

function isPowerOfTwo(value: number): boolean {
  return Number.isInteger(value) && value > 1 && (value & (value - 1)) === 0;
}

function isWithin(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= max;
}
