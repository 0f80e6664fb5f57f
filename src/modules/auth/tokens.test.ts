// Session tokens: a token verified once is remembered, and still refused the moment it expires.
import { TokenSigner } from './tokens';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('TokenSigner', () => {
  it('answers a token sent again from memory, and refuses it as expired once its exp passes', async () => {
    // Given a token that lives one second, verified once
    const signer = new TokenSigner(SECRET, 1);
    const { token, expiresAt } = await signer.issue('00000000-0000-4000-8000-000000000001');
    expect(await signer.verify(token)).toMatchObject({ userId: '00000000-0000-4000-8000-000000000001' });
    expect(await signer.verify(token)).toMatchObject({ userId: '00000000-0000-4000-8000-000000000001' });

    // When its expiry passes
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));

    // Then the remembered token is refused, as a fresh verification would refuse it
    expect(await signer.verify(token)).toBe('expired');
    expect(await new TokenSigner(SECRET, 1).verify(token)).toBe('expired');
  });

  it('remembers only tokens that verified: a forged one stays invalid however often it is sent', async () => {
    const signer = new TokenSigner(SECRET, 60);
    const forged = (await new TokenSigner(`${SECRET}-other`, 60).issue('00000000-0000-4000-8000-000000000001')).token;
    expect(await signer.verify(forged)).toBe('invalid');
    expect(await signer.verify(forged)).toBe('invalid');
  });
});
