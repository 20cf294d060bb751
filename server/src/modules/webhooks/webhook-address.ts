// Where a webhook may be sent (SSRF protection): a public address over HTTPS. Checked when an endpoint is
// registered or changed, and again at every delivery on the addresses DNS gives then, which are the ones
// connected to (a name that later resolves to an internal address is refused at that moment).
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Loopback, link-local, private, shared, reserved and multicast ranges, IPv4 and IPv6. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

/** An IPv4 address carried in IPv6 (::ffff:a.b.c.d, or NAT64 64:ff9b::/96), or null. */
function embeddedIpv4(address: string): string | null {
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] ?? null;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [Number.parseInt(hex[1] ?? '0', 16), Number.parseInt(hex[2] ?? '0', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether `address` (an IP literal) is not a public Internet address. */
export function isInternalAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : embeddedIpv4(address);
  if (v4) return INTERNAL.check(v4, 'ipv4');
  return isIP(address) === 6 ? INTERNAL.check(address, 'ipv6') : true;
}

export type AddressProblem =
  | 'WEBHOOK_URL_INVALID'
  | 'WEBHOOK_URL_NOT_HTTPS'
  | 'WEBHOOK_URL_INTERNAL'
  | 'WEBHOOK_URL_UNRESOLVED';

/** The URL as it will be called, or why it may not be: not an http(s) URL, credentials, not https. */
export function parseEndpointUrl(
  text: string,
  allowPrivate: boolean,
): { url: URL } | { problem: AddressProblem } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'WEBHOOK_URL_INVALID' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'WEBHOOK_URL_INVALID' };
  if (url.username || url.password || url.hash) return { problem: 'WEBHOOK_URL_INVALID' };
  if (url.protocol === 'http:' && !allowPrivate) return { problem: 'WEBHOOK_URL_NOT_HTTPS' };
  return { url };
}

/** The host name without IPv6 brackets, as DNS and `isIP` take it. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Checks where `text` points now: a valid https URL whose every address is public (or any address with
 * `allowPrivate`). Registration uses it; delivery checks again at connection time (`checkedLookup`).
 */
export async function checkEndpointUrl(text: string, allowPrivate: boolean): Promise<AddressProblem | null> {
  const parsed = parseEndpointUrl(text, allowPrivate);
  if ('problem' in parsed) return parsed.problem;
  const host = bareHost(parsed.url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return 'WEBHOOK_URL_UNRESOLVED';
    }
  }
  if (addresses.length === 0) return 'WEBHOOK_URL_UNRESOLVED';
  if (!allowPrivate && addresses.some(isInternalAddress)) return 'WEBHOOK_URL_INTERNAL';
  return null;
}

/** The refusal of an internal address at delivery (recorded in the attempt's log). */
export class InternalAddressRefused extends Error {
  constructor(host: string, address: string) {
    super(`refused: ${host} resolves to the internal address ${address}`);
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request: resolves the name and refuses the connection when any of its addresses is
 * internal, so that the address checked is the address connected to. IP literals never reach a lookup:
 * `literalProblem` checks those.
 */
export function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    lookup(hostname, { all: true, verbatim: true }).then(
      (addresses) => {
        const internal = allowPrivate ? undefined : addresses.find((a) => isInternalAddress(a.address));
        if (internal) return callback(new InternalAddressRefused(hostname, internal.address), []);
        const first = addresses[0];
        if (!first) return callback(new Error(`${hostname} has no address`), []);
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, []),
    );
  };
}

/** For a URL whose host is an IP literal: the refusal when it is internal (and not allowed). */
export function literalProblem(url: URL, allowPrivate: boolean): InternalAddressRefused | null {
  const host = bareHost(url);
  if (!isIP(host) || allowPrivate || !isInternalAddress(host)) return null;
  return new InternalAddressRefused(host, host);
}
