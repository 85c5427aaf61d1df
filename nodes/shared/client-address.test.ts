import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { addressListVar } from "./config";
import { clientAddressBehind, isLoopback, trustedProxyMatcher } from "./client-address";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const proxies = new Set(["10.0.0.5", "10.0.0.6"]);
const trusted = (address: string) => proxies.has(address) || isLoopback(address);

describe("client address behind proxies", () => {
  test("the header is ignored unless the peer is a trusted proxy", () => {
    expect(clientAddressBehind("198.51.100.7", "1.2.3.4", trusted)).toBe("198.51.100.7");
    expect(clientAddressBehind("::ffff:198.51.100.7", null, trusted)).toBe("198.51.100.7");
  });

  test("the rightmost untrusted hop is the client: entries the client wrote are skipped", () => {
    expect(clientAddressBehind("127.0.0.1", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(clientAddressBehind("10.0.0.5", "6.6.6.6, 203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(clientAddressBehind("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.6", trusted)).toBe("203.0.113.9");
    // Only trusted hops: the leftmost is the client.
    expect(clientAddressBehind("10.0.0.5", "10.0.0.6", trusted)).toBe("10.0.0.6");
  });

  test("a header holding something that is not an address is not believed", () => {
    expect(clientAddressBehind("10.0.0.5", "1.2.3.4, not-an-ip", trusted)).toBe("10.0.0.5");
    expect(clientAddressBehind("", null, trusted)).toBe("unknown");
  });
});

describe("trusted proxies by address or range", () => {
  const pods = trustedProxyMatcher(["10.244.0.0/16", "192.0.2.10", "fd00::/8"]);

  test("an address inside a range or listed alone is trusted, others are not", () => {
    expect(pods("10.244.7.21")).toBe(true);
    expect(pods("::ffff:10.244.7.21")).toBe(true);
    expect(pods("192.0.2.10")).toBe(true);
    expect(pods("fd12::5")).toBe(true);
    expect(pods("10.245.0.1")).toBe(false);
    expect(pods("192.0.2.11")).toBe(false);
    expect(pods("127.0.0.1")).toBe(false);
    expect(pods("not-an-address")).toBe(false);
  });

  test("loopback is trusted only when asked for (the gateway trusts the view on its host)", () => {
    expect(trustedProxyMatcher([], true)("127.0.0.1")).toBe(true);
    expect(trustedProxyMatcher([], true)("::1")).toBe(true);
    expect(trustedProxyMatcher([])("127.0.0.1")).toBe(false);
  });

  test("a view pod's forwarded browser address is believed through a pod range", () => {
    expect(clientAddressBehind("10.244.3.9", "203.0.113.40", pods)).toBe("203.0.113.40");
    expect(clientAddressBehind("10.244.3.9", "6.6.6.6, 203.0.113.40, 10.244.1.2", pods)).toBe("203.0.113.40");
  });
});

describe("EDUSTREAM_TRUSTED_PROXIES", () => {
  const read = (value: string) => addressListVar({ EDUSTREAM_TRUSTED_PROXIES: value }, "EDUSTREAM_TRUSTED_PROXIES");

  test("takes addresses and CIDR ranges", () => {
    expect(read(" 10.244.0.0/16, 192.0.2.10 ,fd00::/8")).toEqual(["10.244.0.0/16", "192.0.2.10", "fd00::/8"]);
  });

  test("refuses a bad range, naming the variable and the entry", () => {
    for (const bad of ["10.0.0.0/33", "fd00::/129", "10.0.0.0/", "10.0.0.0/8/1", "pods/16", "10.0.0.0/x"]) {
      expect(() => read(bad)).toThrow(`EDUSTREAM_TRUSTED_PROXIES must be a comma-separated list of IP addresses or ranges such as 10.244.0.0/16, got "${bad}"`);
    }
  });
});
