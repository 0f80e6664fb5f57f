// The SSRF guard: which URLs a webhook may be sent to. A subscription's URL is checked when it is
// saved and again before every attempt (DNS can change in between), and an attempt connects to the
// very address that was checked, so a host that resolves to a public address for the check and to
// an internal one for the connection (DNS rebinding) cannot slip through.
import dns from 'node:dns/promises';
import net from 'node:net';

/** What the deployment allows beyond public https endpoints. */
export interface UrlPolicy {
  /** Plain http:// URLs (WEBHOOK_ALLOW_HTTP). */
  allowHttp: boolean;
  /** Loopback, private, link-local and other non-public addresses (WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks: boolean;
}

export const MAX_URL_LENGTH = 2048;

/** A resolved address as net and http take it. */
export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

export type UrlVerdict =
  | { ok: true; url: URL; address: VettedAddress }
  | { ok: false; code: 'INVALID_FORMAT' | 'URL_NOT_ALLOWED'; message: string };

/** Resolves a host name to every address it has; replaceable in tests. */
export type Resolver = (hostname: string) => Promise<VettedAddress[]>;

export const resolveAll: Resolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, order: 'verbatim' });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

// Every IPv4 range that is not a public unicast address (RFC 6890 and friends). Documentation and
// benchmarking ranges are here too: no real receiver lives there, and some networks route them inside.
const IPV4_RANGES: Array<[string, number, string]> = [
  ['0.0.0.0', 8, '"this network" (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'private (10.0.0.0/8)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (100.64.0.0/10)'],
  ['127.0.0.0', 8, 'loopback (127.0.0.0/8)'],
  ['169.254.0.0', 16, 'link-local, where cloud metadata lives (169.254.0.0/16)'],
  ['172.16.0.0', 12, 'private (172.16.0.0/12)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.0.2.0', 24, 'documentation (192.0.2.0/24)'],
  ['192.88.99.0', 24, '6to4 relay anycast (192.88.99.0/24)'],
  ['192.168.0.0', 16, 'private (192.168.0.0/16)'],
  ['198.18.0.0', 15, 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0', 24, 'documentation (198.51.100.0/24)'],
  ['203.0.113.0', 24, 'documentation (203.0.113.0/24)'],
  ['224.0.0.0', 4, 'multicast (224.0.0.0/4)'],
  ['240.0.0.0', 4, 'reserved or broadcast (240.0.0.0/4)'],
];

const IPV6_RANGES: Array<[string, number, string]> = [
  ['::', 128, 'unspecified (::)'],
  ['::1', 128, 'loopback (::1)'],
  ['::', 96, 'IPv4-compatible (::/96)'],
  ['100::', 64, 'discard-only (100::/64)'],
  ['2001:db8::', 32, 'documentation (2001:db8::/32)'],
  ['fc00::', 7, 'unique local, i.e. private (fc00::/7)'],
  ['fe80::', 10, 'link-local (fe80::/10)'],
  ['fec0::', 10, 'site-local (fec0::/10)'],
  ['ff00::', 8, 'multicast (ff00::/8)'],
];

function rangeList(family: 'ipv4' | 'ipv6', ranges: Array<[string, number, string]>) {
  return ranges.map(([network, prefix, label]) => {
    const list = new net.BlockList();
    list.addSubnet(network, prefix, family);
    return { list, label };
  });
}

const V4 = rangeList('ipv4', IPV4_RANGES);
const V6 = rangeList('ipv6', IPV6_RANGES);

/** The 16 bytes of an IPv6 address (net.isIPv6 must hold), the last 4 possibly written dotted. */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a, b, c, d] = dotted[1].split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  const all =
    tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

/** The IPv4 address an IPv6 address carries and reaches (mapped, NAT64, 6to4), if any. */
function embeddedIpv4(bytes: number[]): string | undefined {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated)
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12).join('.');
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return bytes.slice(12).join('.');
  // 64:ff9b::a.b.c.d (NAT64) reaches the IPv4 address through the operator's translator
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) {
    return bytes.slice(12).join('.');
  }
  // 2002:a.b.c.d::/48 (6to4)
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6).join('.');
  return undefined;
}

/**
 * Why an address is not a public unicast address (loopback, private, link-local, metadata, CGNAT,
 * multicast, an IPv6 form of one of those...), or undefined when it is one.
 */
export function nonPublicAddress(address: string): string | undefined {
  const family = net.isIP(address);
  if (family === 4) return V4.find((range) => range.list.check(address, 'ipv4'))?.label;
  if (family !== 6) return 'not an IP address';
  const bare = address.replace(/%.*$/, '');
  const v6 = V6.find((range) => range.list.check(bare, 'ipv6'))?.label;
  if (v6) return v6;
  const v4 = embeddedIpv4(ipv6Bytes(bare));
  if (v4 === undefined) return undefined;
  const inner = nonPublicAddress(v4);
  return inner && `an IPv6 form of ${v4}, ${inner}`;
}

const refuse = (message: string): UrlVerdict => ({ ok: false, code: 'URL_NOT_ALLOWED', message });

/**
 * Checks a webhook URL against the policy, resolving its host: every address the host has must be
 * allowed (a host with one public and one internal address is refused), and the first is the one
 * to connect to.
 */
export async function vetWebhookUrl(
  raw: string,
  policy: UrlPolicy,
  resolve: Resolver = resolveAll,
): Promise<UrlVerdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      code: 'INVALID_FORMAT',
      message: 'url must be an absolute URL such as https://example.com/hooks.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, code: 'INVALID_FORMAT', message: 'url must be an https:// URL.' };
  }
  if (url.protocol === 'http:' && !policy.allowHttp) {
    return refuse('url must use https:// (plain http:// is allowed only when WEBHOOK_ALLOW_HTTP=true).');
  }
  if (url.username || url.password) {
    return {
      ok: false,
      code: 'INVALID_FORMAT',
      message: 'url must not contain a user name or password; receivers check the signature instead.',
    };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: VettedAddress[];
  if (net.isIP(host)) {
    addresses = [{ address: host, family: net.isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) return refuse(`The host ${host} of url does not resolve to any address.`);
  }
  if (!policy.allowPrivateNetworks) {
    for (const { address } of addresses) {
      const reason = nonPublicAddress(address);
      if (reason) {
        return refuse(
          `url resolves to ${address}, which is ${reason}: webhooks go to public addresses only ` +
            '(unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true).',
        );
      }
    }
  }
  return { ok: true, url, address: addresses[0]! };
}
