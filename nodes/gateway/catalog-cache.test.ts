import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { CatalogCache } from "./catalog-cache";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

/** A cache over a version the test sets, counting the loads it makes. */
function cacheWith(seatsMaxAgeMs = 60_000) {
  const state = { version: "1", loads: 0 };
  const cache = new CatalogCache(async () => state.version, { seatsMaxAgeMs, maxEntries: 3 });
  const load = (value: object) => async () => {
    state.loads++;
    return { ...value };
  };
  return { state, cache, load };
}

describe("the gateway's catalog cache", () => {
  test("serves the same answer while the version holds; a new version loads again", async () => {
    const { state, cache, load } = cacheWith();
    const first = await cache.read("/terms", load({ terms: ["2027SP"] }));
    expect(await cache.read("/terms", load({ terms: ["other"] }))).toBe(first);
    expect(state.loads).toBe(1);
    state.version = "2";
    expect(await cache.read("/terms", load({ terms: ["2027SP", "2027FA"] }))).toEqual({ terms: ["2027SP", "2027FA"] });
    expect(state.loads).toBe(2);
  });

  test("an answer older than the seats' age is loaded again, and so is one asked for fresh", async () => {
    const { state, cache, load } = cacheWith(20);
    await cache.read("/sections/a", load({ section: { id: "a", enrolled: 1 } }));
    await Bun.sleep(30);
    expect(await cache.read("/sections/a", load({ section: { id: "a", enrolled: 2 } }))).toEqual({ section: { id: "a", enrolled: 2 } });
    expect(await cache.read("/sections/a", load({ section: { id: "a", enrolled: 3 } }), true)).toEqual({ section: { id: "a", enrolled: 3 } });
    expect(state.loads).toBe(3);
  });

  test("requests for the same answer while it loads share the load; failures are not kept", async () => {
    const { state, cache, load } = cacheWith();
    const [a, b] = await Promise.all([cache.read("/courses", load({ courses: [] })), cache.read("/courses", load({ courses: [] }))]);
    expect(a).toBe(b);
    expect(state.loads).toBe(1);
    await expect(cache.read("/sections/x", () => Promise.reject(new Error("NOT_FOUND")))).rejects.toThrow("NOT_FOUND");
    expect(await cache.read("/sections/x", load({ section: { id: "x" } }))).toEqual({ section: { id: "x" } });
  });

  test("forgetting a section drops every answer that shows it, and only those", async () => {
    const { state, cache, load } = cacheWith();
    await cache.read("/sections/s1", load({ section: { id: "s1" } }));
    await cache.read("/courses?q=a", load({ courses: [{ sections: [{ id: "s1" }, { id: "s2" }] }] }));
    await cache.read("/courses/c2", load({ course: { sections: [{ id: "s2" }] } }));
    cache.forgetSection("s1");
    await cache.read("/courses/c2", load({ course: { sections: [{ id: "s2" }] } }));
    expect(state.loads).toBe(3);
    await cache.read("/sections/s1", load({ section: { id: "s1" } }));
    await cache.read("/courses?q=a", load({ courses: [] }));
    expect(state.loads).toBe(5);
  });

  test("keeps at most maxEntries answers (the oldest go first); serialises each answer once with its tag", async () => {
    const { state, cache, load } = cacheWith();
    for (const key of ["/a", "/b", "/c", "/d"]) await cache.read(key, load({ key }));
    await cache.read("/a", load({ key: "/a" }));
    expect(state.loads).toBe(5);
    const answer = await cache.read("/d", load({ key: "/d" }));
    const sent = cache.serializedOf(answer)!;
    expect(new TextDecoder().decode(sent.body)).toBe('{"key":"/d"}');
    expect(new TextDecoder().decode(Bun.gunzipSync(sent.gzip))).toBe('{"key":"/d"}');
    expect(sent.etag).toMatch(/^"[0-9a-z]+"$/);
    expect(cache.serializedOf(answer)).toBe(sent);
    expect(cache.serializedOf({ key: "/d" })).toBeUndefined();
  });
});
