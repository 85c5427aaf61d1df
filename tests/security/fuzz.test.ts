// A generated fuzz pass on loopback: random operations of the OpenAPI document with random
// callers, path ids, query parameters and bodies (fields dropped, added, retyped, random text),
// plus random paths and methods on the gateway and random queries on the view's pages. Bounded
// in count and time; the seed is printed so a failure can be replayed (EDUSTREAM_FUZZ_SEED).
import { setDefaultTimeout, beforeAll, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { Report } from "../faults/support/report";
import { fillPath, loadOperations, makeTargets, sampleBody, type Operation, type Targets } from "./support/api";
import { HOSTILE_STRINGS } from "./support/inputs";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const MAX_REQUESTS = Number(process.env.EDUSTREAM_FUZZ_REQUESTS ?? 12000);
const MAX_MS = Number(process.env.EDUSTREAM_FUZZ_MS ?? 25_000);
const SEED = Number(process.env.EDUSTREAM_FUZZ_SEED ?? Date.now() % 2 ** 31);

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const text = (): string => {
    const kind = int(6);
    if (kind === 0) return pick(HOSTILE_STRINGS);
    if (kind === 1) return String.fromCodePoint(...Array.from({ length: 1 + int(12) }, () => pick([int(0x20), 0x20 + int(0x5f), 0xa0 + int(0x2000), 0x4e00 + int(0x5000), 0x1f300 + int(0x300), 0xfffd, 0x202e, 0x200b])));
    if (kind === 2) return "x".repeat(pick([0, 1, 64, 65, 255, 256, 1025, 10_000]));
    if (kind === 3) return pick(["true", "false", "null", "0", "-1", "1e999", "NaN", "[]", "{}", "%", "%%", "%ZZ", "\\", "\\u0000"]);
    if (kind === 4) return crypto.randomUUID();
    return Math.random().toString(36).slice(2);
  };
  const value = (depth = 0): unknown => {
    switch (int(depth > 2 ? 6 : 9)) {
      case 0:
        return text();
      case 1:
        return pick([0, -1, 1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -0]);
      case 2:
        return pick([true, false, null]);
      case 3:
        return text();
      case 4:
        return int(1000);
      case 5:
        return "";
      case 6:
        return Array.from({ length: int(4) }, () => value(depth + 1));
      case 7:
        return Object.fromEntries(Array.from({ length: int(4) }, () => [text().slice(0, 20), value(depth + 1)]));
      default:
        return [value(depth + 1)];
    }
  };
  return { next, int, pick, text, value };
}

/** Percent-encodes text, lone surrogates (from slicing) made well-formed first. */
const enc = (value: string) => encodeURIComponent(value.toWellFormed());

const report = new Report("fuzz");
let stack: Stack;
let operations: Operation[];
let targets: Targets;

beforeAll(async () => {
  stack = await getStack();
  operations = await loadOperations(stack);
  targets = await makeTargets(stack);
}, 120_000);

test(`fuzz: at most ${MAX_REQUESTS} random requests or ${MAX_MS / 1000} s; no 5xx, no hang`, async () => {
  const rng = generator(SEED);
  const tokens = [targets.admin.token, targets.faculty.token, targets.student.token, undefined, "garbage", `${targets.student.token.slice(0, -4)}AAAA`];
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  let tried = 0;
  let slowest = 0;
  const started = performance.now();

  const one = async () => {
    let method: string;
    let url: string;
    const headers: Record<string, string> = {};
    let body: string | undefined;
    const roll = rng.int(10);
    if (roll === 0) {
      // The view: its pages with random queries, random paths.
      method = rng.pick(["GET", "GET", "POST", "HEAD"]);
      url = `${stack.viewUrl}${rng.pick(["/", "/catalog", "/login", "/register", "/schedule", "/grades", "/transcript", "/teaching", "/admin", `/${rng.text().slice(0, 30)}`])}?${enc(rng.text().slice(0, 20))}=${enc(rng.text().slice(0, 200))}`;
      if (method === "POST") {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = `${enc(rng.text().slice(0, 20))}=${enc(rng.text().slice(0, 200))}`;
      }
    } else if (roll === 1) {
      method = rng.pick(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]);
      url = `${stack.gatewayUrl}/api/v1/${enc(rng.text().slice(0, 40))}/${rng.pick(["", crypto.randomUUID(), "..", "%2e%2e"])}`;
    } else {
      const op = rng.pick(operations);
      method = op.method;
      const pathOverride: Record<string, string> = {};
      for (const p of op.params.filter((x) => x.in === "path")) if (rng.int(3) === 0) pathOverride[p.name] = rng.text().slice(0, 80);
      let path: string;
      try {
        path = fillPath(op, targets, pathOverride);
      } catch {
        path = fillPath(op, targets);
      }
      const query = op.params
        .filter((p) => p.in === "query" && rng.int(2) === 0)
        .map((p) => `${p.name}=${enc(String(rng.int(3) === 0 ? rng.value() : rng.text()))}`);
      if (rng.int(5) === 0) query.push(`${enc(rng.text().slice(0, 10))}=1`);
      url = `${stack.gatewayUrl}${path}${query.length ? `?${query.join("&")}` : ""}`;
      if (op.body || op.csv || rng.int(8) === 0) {
        const base: Record<string, unknown> = sampleBody(op, targets) ?? {};
        const mutated: Record<string, unknown> = { ...base };
        for (const key of Object.keys(base)) {
          const r = rng.int(6);
          if (r === 0) delete mutated[key];
          else if (r === 1) mutated[key] = rng.value();
          else if (r === 2) mutated[key] = rng.text();
        }
        if (rng.int(6) === 0) mutated[rng.text().slice(0, 16)] = rng.value();
        const shape = rng.int(12);
        headers["content-type"] = op.csv && rng.int(2) === 0 ? "text/csv" : rng.pick(["application/json", "application/json", "application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16"]);
        body = shape === 0 ? JSON.stringify(rng.value()) : shape === 1 ? JSON.stringify(mutated).slice(0, rng.int(40)) : headers["content-type"] === "text/csv" ? Array.from({ length: rng.int(5) }, () => `${rng.text()},${rng.text()}`).join("\n") : JSON.stringify(mutated);
      }
    }
    const token = rng.pick(tokens);
    if (token) headers.authorization = rng.int(10) === 0 ? `Basic ${token}` : `Bearer ${token}`;
    if (rng.int(10) === 0) headers["idempotency-key"] = rng.text().slice(0, 300).replace(/[^\x20-\x7e]/g, "x");
    if (rng.int(20) === 0) headers["x-request-id"] = rng.text().slice(0, 100).replace(/[^\x20-\x7e]/g, "x");
    const at = performance.now();
    let status = 0;
    try {
      const response = await fetch(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body, redirect: "manual", signal: AbortSignal.timeout(10_000) });
      status = response.status;
      const text = await response.text();
      if (status >= 500) failures.push(`${method} ${url.slice(0, 200)} ${body?.slice(0, 200) ?? ""} → ${status} ${text.slice(0, 200)}`);
      if (text.includes("    at ") || /node_modules|\.ts:\d+/.test(text)) failures.push(`stack trace leaked: ${method} ${url.slice(0, 120)} → ${text.slice(0, 200)}`);
    } catch (error) {
      failures.push(`${method} ${url.slice(0, 200)} → no answer (${(error as Error).message})`);
    }
    slowest = Math.max(slowest, performance.now() - at);
    statuses[status] = (statuses[status] ?? 0) + 1;
    tried++;
  };

  // Eight clients at a time.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (tried < MAX_REQUESTS && performance.now() - started < MAX_MS) await one();
    }),
  );
  const fiveHundreds = Object.entries(statuses).filter(([s]) => Number(s) >= 500 || s === "0").reduce((n, [, c]) => n + c, 0);
  report.add({ suite: "fuzz", seed: SEED, requests: tried, seconds: +((performance.now() - started) / 1000).toFixed(1), statuses, server_errors_or_no_answer: fiveHundreds, slowestMs: Math.round(slowest) });
  report.save();
  expect(failures.slice(0, 20)).toEqual([]);
  expect(tried).toBeGreaterThan(500);
}, 90_000);
