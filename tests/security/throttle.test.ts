// The sign-in throttle cannot be dodged by writing X-Forwarded-For: the gateway reads the header
// from the right (the first hop that is not a trusted proxy), so entries a client adds in front
// change nothing. (The registration throttle is in production.test.ts, with a low limit.)
import { setDefaultTimeout, expect, test } from "bun:test";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

test("a client that writes a different first X-Forwarded-For entry on each attempt is still one address", async () => {
  const stack = await getStack();
  const address = `203.0.113.${100 + (process.pid % 100)}`;
  const limit = stack.config.loginThrottle.addressFailures;
  const spoofed = (i: number) => ({ "x-forwarded-for": `10.${i >> 8}.${i & 255}.9, ${address}` });
  // Wrong passwords, each with another first entry, until the address is locked (at most twice the limit:
  // on a loaded machine an attempt may time out before it is counted).
  const statuses: number[] = [];
  for (let batch = 0; batch < 2 * limit && !statuses.includes(429); batch += 5) {
    const attempts = Array.from({ length: 5 }, (_, k) =>
      stack.api("/api/v1/auth/login", { body: { username: `spoof${batch + k}x${process.pid}`, password: "wrong password" }, headers: spoofed(batch + k) }).then((r) => r.status),
    );
    statuses.push(...(await Promise.all(attempts)));
  }
  expect(statuses.filter((s) => s !== 401 && s !== 429 && s !== 504)).toEqual([]);
  expect(statuses).toContain(429);
  // The next attempt, with yet another first entry and the right password, is refused: the address is locked.
  const locked = await stack.api("/api/v1/auth/login", { body: { username: "student7", password: stack.config.demoPassword }, headers: spoofed(9999) });
  expect(locked.status).toBe(429);
  // Another client behind the same trusted hop is not.
  expect((await stack.api("/api/v1/auth/login", { body: { username: "student7", password: stack.config.demoPassword }, headers: { "x-forwarded-for": "198.51.100.201" } })).status).toBe(200);
}, 60_000);
