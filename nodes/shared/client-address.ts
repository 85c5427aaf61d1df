import { BlockList, isIP } from "node:net";

/** An address as compared here: IPv4-mapped IPv6 (::ffff:1.2.3.4) reduced to its IPv4 form. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1)$/;

/** True for 127.0.0.0/8 and ::1 (after normalizing). */
export function isLoopback(address: string): boolean {
  return LOOPBACK.test(normalizeAddress(address));
}

/**
 * The client's address behind trusted proxies. X-Forwarded-For is read only when the peer is a
 * trusted proxy, and then from the right: each trusted hop is skipped and the first untrusted
 * one is the client (entries to its left were written by the client, and may be anything).
 */
export function clientAddressBehind(peer: string, forwardedFor: string | null, trusted: (address: string) => boolean): string {
  const direct = normalizeAddress(peer);
  if (!forwardedFor || !direct || !trusted(direct)) return direct || "unknown";
  const hops = forwardedFor.split(",").map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return direct; // a hop that is not an address: the header cannot be believed
    if (!trusted(hop)) return hop;
  }
  return hops[0] ?? direct;
}

const matchers = { plain: new WeakMap<readonly string[], Matcher>(), loopback: new WeakMap<readonly string[], Matcher>() };
type Matcher = (address: string) => boolean;

/**
 * Whether an address is one of the trusted proxies: a list of addresses and CIDR ranges
 * (EDUSTREAM_TRUSTED_PROXIES, already validated), plus loopback when `loopback` is set. Built once
 * per list (the config's list lives as long as the node).
 */
export function trustedProxyMatcher(entries: readonly string[], loopback = false): Matcher {
  const cache = loopback ? matchers.loopback : matchers.plain;
  let matcher = cache.get(entries);
  if (!matcher) cache.set(entries, (matcher = buildMatcher(entries, loopback)));
  return matcher;
}

function buildMatcher(entries: readonly string[], loopback: boolean): Matcher {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return (address) => {
    const normalized = normalizeAddress(address);
    const family = isIP(normalized);
    if (!family) return false;
    return (loopback && isLoopback(normalized)) || list.check(normalized, family === 6 ? "ipv6" : "ipv4");
  };
}
