import { isIP } from "node:net";

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
