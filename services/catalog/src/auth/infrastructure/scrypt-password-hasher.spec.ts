import { ScryptPasswordHasher } from './scrypt-password-hasher';

describe(ScryptPasswordHasher.name, () => {
  // A low cost keeps the tests quick; the format and the checks are the same at any cost.
  const hasher = new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 });

  it('writes a versioned, self-describing hash with a random salt', async () => {
    const first = await hasher.hash('correct horse battery staple');
    const second = await hasher.hash('correct horse battery staple');

    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse battery staple');

    await expect(hasher.verify('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(hasher.verify('correct horse battery stapler', stored)).resolves.toBe(false);
    await expect(hasher.verify('', stored)).resolves.toBe(false);
  });

  it('verifies with the cost written in the hash, not its own', async () => {
    const stored = await new ScryptPasswordHasher({ N: 2048, r: 4, p: 2 }).hash('s3cret-passphrase');

    await expect(hasher.verify('s3cret-passphrase', stored)).resolves.toBe(true);
  });

  it('treats canonically equivalent spellings of a password as the same', async () => {
    const stored = await hasher.hash('caf\u00e9-passphrase');

    await expect(hasher.verify('cafe\u0301-passphrase', stored)).resolves.toBe(true);
  });

  it('answers false when there is no account, after doing the same work', async () => {
    await expect(hasher.verifyNothing('anything')).resolves.toBe(false);
  });

  it.each([
    'plain-text-password',
    'bcrypt$10$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5',
    'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1048576000$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1024$0$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1024$8$1$$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5',
    'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$',
    'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5$extra',
  ])('refuses to verify against the malformed hash %j', async (stored) => {
    await expect(hasher.verify('password', stored)).rejects.toThrow('scrypt$N$r$p$salt$hash');
  });
});
