// Unit tests of the view's shared catalog reads against a stub gateway: one call for the requests
// asking at once, never an answer read before the request, revalidation by ETag with the parsed
// answer and its drawings kept on a 304, and a changed answer drawn anew.
import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { drawnOnce } from "./catalog-reads";
import { Gateway } from "./gateway";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let version = 1;
let calls = 0;
let conditional = 0;
let release: (() => void) | undefined = undefined as (() => void) | undefined;
const stub = Bun.serve({
  port: 0,
  hostname: "127.0.0.1",
  async fetch(request) {
    calls++;
    // The answer as the catalog stands when the request arrives.
    const etag = `"v${version}"`;
    const terms = new URL(request.url).pathname.endsWith("/terms");
    const body = terms ? { terms: [{ id: `t${version}` }] } : { courses: [], next_page_token: "", total_size: version, term: null };
    const headers = { etag, "catalog-version": String(version) };
    if (release === undefined && new URL(request.url).searchParams.get("q") === "hold") await new Promise<void>((resolve) => (release = resolve));
    if (request.headers.get("if-none-match") === etag) {
      conditional++;
      return new Response(null, { status: 304, headers });
    }
    return Response.json(body, { headers });
  },
});

afterAll(() => stub.stop(true));

describe("catalog reads", () => {
  test("requests asking at once share one call; a 304 keeps the parsed answer and what was drawn from it", async () => {
    const reads = new Gateway(`http://127.0.0.1:${stub.port}`, 1000).catalog;
    calls = 0;
    const crowd = await Promise.all(Array.from({ length: 10 }, () => reads.search({ q: "a" })));
    expect(calls).toBeLessThanOrEqual(2);
    expect(crowd[0]!.data.total_size).toBe(1);
    const html = await drawnOnce(crowd[0]!, "/catalog", () => "<p>drawn</p>");
    const revalidated = conditional;
    const again = await reads.search({ q: "a" });
    expect(conditional).toBe(revalidated + 1);
    expect(again).toBe(crowd.at(-1)!);
    expect(await drawnOnce(again, "/catalog", () => "<p>drawn again</p>")).toBe(html);
    version = 2;
    const changed = await reads.search({ q: "a" });
    expect(changed.data.total_size).toBe(2);
    expect(await drawnOnce(changed, "/catalog", () => "<p>drawn again</p>")).toBe("<p>drawn again</p>");
  });

  test("terms read at the catalog version of an answer just read, less than a second before it, need no call", async () => {
    const reads = new Gateway(`http://127.0.0.1:${stub.port}`, 1000).catalog;
    version = 10;
    const terms = await reads.terms();
    const search = await reads.search({ q: "same version" });
    calls = 0;
    expect(await reads.terms(search)).toBe(terms);
    expect(calls).toBe(0);
    // The catalog changed: the next answer says so, and the terms are read again.
    version = 11;
    const changed = await reads.search({ q: "same version" });
    expect((await reads.terms(changed)).data.terms).toEqual([{ id: "t11" }] as never);
    expect(calls).toBe(2);
  });

  test("a request never gets the answer of a read that started before it asked", async () => {
    const reads = new Gateway(`http://127.0.0.1:${stub.port}`, 1000).catalog;
    version = 3;
    release = undefined;
    const first = reads.search({ q: "hold" });
    while (!release) await Bun.sleep(5);
    // The catalog changes while the first read is in flight: a request asking now waits for a new read.
    version = 4;
    const second = reads.search({ q: "hold" });
    (release as () => void)();
    expect((await first).data.total_size).toBe(3);
    expect((await second).data.total_size).toBe(4);
  });
});
