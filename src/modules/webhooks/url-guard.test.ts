// The SSRF guard's rules, without a network: which addresses are public, and what a URL must be.
import { nonPublicAddress, vetWebhookUrl, type Resolver, type UrlPolicy } from './url-guard';

const STRICT: UrlPolicy = { allowHttp: false, allowPrivateNetworks: false };
const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('nonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:0:192.168.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    '::127.0.0.1',
  ])('refuses %s', (address) => {
    expect(nonPublicAddress(address)).toEqual(expect.any(String));
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('allows the public address %s', (address) => {
    expect(nonPublicAddress(address)).toBeUndefined();
  });

  it('names the range it refused', () => {
    expect(nonPublicAddress('169.254.169.254')).toMatch(/link-local/);
    expect(nonPublicAddress('::ffff:10.0.0.1')).toMatch(/IPv6 form of 10\.0\.0\.1, private/);
  });
});

describe('vetWebhookUrl', () => {
  it('accepts a public https URL and keeps the address to connect to', async () => {
    const verdict = await vetWebhookUrl('https://hooks.example.com/in', STRICT, resolvesTo('93.184.216.34'));
    expect(verdict).toMatchObject({ ok: true, address: { address: '93.184.216.34', family: 4 } });
  });

  it('refuses plain http unless allowed', async () => {
    const http = 'http://hooks.example.com/in';
    expect(await vetWebhookUrl(http, STRICT, resolvesTo('93.184.216.34'))).toMatchObject({
      ok: false,
      code: 'URL_NOT_ALLOWED',
    });
    expect(await vetWebhookUrl(http, { ...STRICT, allowHttp: true }, resolvesTo('93.184.216.34'))).toMatchObject({
      ok: true,
    });
  });

  it('refuses a host with any non-public address, unless private networks are allowed', async () => {
    const mixed = resolvesTo('93.184.216.34', '10.1.2.3');
    expect(await vetWebhookUrl('https://mixed.example.com', STRICT, mixed)).toMatchObject({
      ok: false,
      code: 'URL_NOT_ALLOWED',
      message: expect.stringContaining('10.1.2.3'),
    });
    expect(
      await vetWebhookUrl('https://mixed.example.com', { ...STRICT, allowPrivateNetworks: true }, mixed),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://0x7f.1/',
    'https://2130706433/',
    'https://[::ffff:169.254.169.254]/',
  ])('refuses the literal %s without asking DNS', async (url) => {
    const never: Resolver = () => Promise.reject(new Error('DNS was asked'));
    expect(await vetWebhookUrl(url, STRICT, never)).toMatchObject({ ok: false, code: 'URL_NOT_ALLOWED' });
  });

  it.each([
    ['not a url', 'INVALID_FORMAT'],
    ['ftp://example.com/', 'INVALID_FORMAT'],
    ['https://user:pass@example.com/', 'INVALID_FORMAT'],
  ])('refuses %s', async (url, code) => {
    expect(await vetWebhookUrl(url, STRICT, resolvesTo('93.184.216.34'))).toMatchObject({ ok: false, code });
  });

  it('refuses a host that does not resolve', async () => {
    const nowhere: Resolver = () => Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }));
    expect(await vetWebhookUrl('https://nowhere.invalid/', STRICT, nowhere)).toMatchObject({
      ok: false,
      code: 'URL_NOT_ALLOWED',
      message: expect.stringContaining('does not resolve'),
    });
  });
});
