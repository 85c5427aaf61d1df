import { describe, expect, test } from "bun:test";
import { clientAddressBehind, isLoopback } from "./client-address";

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
