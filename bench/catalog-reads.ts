// Registration-day reads, one kind at a time: against a running EduStream, fires GET requests of
// one kind over keep-alive HTTP/1.1 connections for a few seconds, then the next kind, beside the
// HTTP floor (`GET /healthz`), in several rounds so every kind is measured back to back with the
// others on this shared machine. Reports for each kind the median requests/s of the rounds with
// their spread, p50/p99 latency (median of the rounds), non-2xx answers, and the CPU each node
// of the system spent per request.
//
//   bun bench/catalog-reads.ts
//   BENCH_KINDS=healthz,api-catalog-10 BENCH_ROUNDS=5 bun bench/catalog-reads.ts
//
// Settings: EDUSTREAM_BENCH_URL (gateway, default from the configuration, loopback only),
// EDUSTREAM_BENCH_VIEW_URL (view, likewise), BENCH_CONNECTIONS (64), BENCH_SECONDS (5 a kind a
// round), BENCH_ROUNDS (3), BENCH_KINDS (comma-separated names, default all), BENCH_STUDENT and
// BENCH_PASSWORD (the demo student1 and the demo password: the schedule page is a student's),
// BENCH_ETAG (1: the anonymous reads send If-None-Match with the ETag of their first answer, as
// a browser revalidating does), BENCH_TERM (a term id or code for the catalog and search pages,
// e.g. the big term `bun bench/catalog-scale.ts` leaves with BENCH_KEEP=1; default the current term).
import { loadavg } from "node:os";
import { loadConfig } from "../nodes/shared/config";
import { encodeRequest, Http1Pool } from "./support/http1-client";
import { cpuByNode, machineBusySeconds, percentile, requireLoopback, supervisorOf } from "./support/measure";
import { ViewClient } from "../tests/support/view-client";

const env = process.env;
const config = loadConfig();
const GATEWAY = new URL(env.EDUSTREAM_BENCH_URL || `http://127.0.0.1:${config.ports.gateway}`);
const VIEW = new URL(env.EDUSTREAM_BENCH_VIEW_URL || `http://127.0.0.1:${config.ports.view}`);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 64);
const SECONDS = Number(env.BENCH_SECONDS || 5);
const ROUNDS = Number(env.BENCH_ROUNDS || 3);
const REVALIDATE = env.BENCH_ETAG === "1";

interface Kind {
  name: string;
  origin: URL;
  path: string;
  headers?: Record<string, string>;
}

/** What one kind of request did in one round. */
interface Round {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  cpuMsPerRequest: Map<string, number>;
  otherMsPerRequest: number;
}

/** The kinds to measure: the floor, the API's catalog pages and a section, the view's pages. */
async function kinds(): Promise<Kind[]> {
  const term = env.BENCH_TERM ? `&term=${encodeURIComponent(env.BENCH_TERM)}` : "";
  const catalog = (await (await fetch(new URL(`/api/v1/courses?page_size=10${term}`, GATEWAY))).json()) as { courses: Array<{ id: string; sections: Array<{ id: string }> }> };
  const sectionId = catalog.courses.flatMap((c) => c.sections)[0]?.id;
  if (!sectionId) throw new Error("The catalog has no section in the current term: start the demo system (`bun run start`).");
  const student = await ViewClient.signIn(VIEW.origin, env.BENCH_STUDENT || "student1", env.BENCH_PASSWORD || config.demoPassword);
  const all: Kind[] = [
    { name: "healthz", origin: GATEWAY, path: "/healthz" },
    { name: "api-catalog-10", origin: GATEWAY, path: `/api/v1/courses?page_size=10${term}` },
    { name: "api-catalog-100", origin: GATEWAY, path: `/api/v1/courses?page_size=100${term}` },
    { name: "api-search", origin: GATEWAY, path: `/api/v1/courses?q=intro&page_size=10${term}` },
    { name: "api-section", origin: GATEWAY, path: `/api/v1/sections/${sectionId}` },
    { name: "view-catalog", origin: VIEW, path: `/catalog${term.replace("&", "?")}` },
    { name: "view-section", origin: VIEW, path: `/sections/${sectionId}` },
    { name: "view-schedule", origin: VIEW, path: "/schedule", headers: { cookie: student.cookieHeader() } },
  ];
  const wanted = env.BENCH_KINDS?.split(",").map((k) => k.trim());
  const chosen = wanted ? all.filter((k) => wanted.includes(k.name)) : all;
  if (REVALIDATE) {
    for (const kind of chosen.filter((k) => !k.headers)) {
      const etag = (await fetch(new URL(kind.path, kind.origin))).headers.get("etag");
      if (etag) kind.headers = { "if-none-match": etag };
    }
  }
  return chosen;
}

/** Fires one kind for SECONDS with CONNECTIONS in flight; returns its figures. */
async function measure(kind: Kind, supervisor: number | undefined): Promise<Round> {
  const pool = new Http1Pool(kind.origin, CONNECTIONS);
  // As a browser asks: HTML or JSON, gzip accepted.
  const bytes = encodeRequest("GET", new URL(kind.path, kind.origin), { accept: "text/html,application/json", "accept-encoding": "gzip, deflate, br", ...kind.headers }, "");
  // Warm the connections (and the caches) first, outside the measured time.
  await Promise.all(pool.connections.map((c) => c.request(bytes).catch(() => undefined)));
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = cpuByNode(supervisor);
  const busyBefore = machineBusySeconds();
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    pool.connections.map(async (connection) => {
      while (performance.now() < until) {
        const sent = performance.now();
        const response = await connection.request(bytes).catch(() => ({ status: 0 }));
        latencies.push(performance.now() - sent);
        if (response.status !== 200 && response.status !== 304) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuByNode(supervisor);
  const busy = machineBusySeconds() - busyBefore;
  pool.close();
  latencies.sort((a, b) => a - b);
  const cpuMsPerRequest = new Map([...cpuAfter].map(([node, total]) => [node, ((total - (cpuBefore.get(node) ?? 0)) * 1000) / latencies.length]));
  const systemSeconds = [...cpuAfter].reduce((sum, [node, total]) => sum + total - (cpuBefore.get(node) ?? 0), 0);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures, cpuMsPerRequest, otherMsPerRequest: ((busy - systemSeconds) * 1000) / latencies.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  requireLoopback(GATEWAY.href, "EDUSTREAM_BENCH_URL");
  requireLoopback(VIEW.href, "EDUSTREAM_BENCH_VIEW_URL");
  const supervisor = supervisorOf(Number(GATEWAY.port || 80));
  const list = await kinds();
  const rounds = new Map<string, Round[]>(list.map((k) => [k.name, []]));
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of list) rounds.get(kind.name)!.push(await measure(kind, supervisor));
  }
  console.log(`${CONNECTIONS} connections, ${SECONDS} s a kind, ${ROUNDS} rounds back to back; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after${REVALIDATE ? "; anonymous reads revalidate with If-None-Match" : ""}`);
  console.log("| kind | req/s (median) | spread | p50 ms | p99 ms | non-2xx | CPU ms a request (system: by node) | other ms |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const kind of list) {
    const figures = rounds.get(kind.name)!;
    const rates = figures.map((f) => f.perSecond);
    const nodes = new Set(figures.flatMap((f) => [...f.cpuMsPerRequest.keys()]));
    const cpu = [...nodes]
      .map((node) => [node, median(figures.map((f) => f.cpuMsPerRequest.get(node) ?? 0))] as const)
      .filter(([, ms]) => ms >= 0.005)
      .sort((a, b) => b[1] - a[1]);
    const total = cpu.filter(([node]) => !node.startsWith("bench")).reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `| ${kind.name} | ${Math.round(median(rates)).toLocaleString("en")} | ${Math.round(Math.min(...rates))}-${Math.round(Math.max(...rates))} | ${median(figures.map((f) => f.p50)).toFixed(1)} | ${median(figures.map((f) => f.p99)).toFixed(1)} | ${figures.reduce((s, f) => s + f.failures, 0)} | ${total.toFixed(2)}: ${cpu.map(([node, ms]) => `${node} ${ms.toFixed(2)}`).join(", ")} | ${median(figures.map((f) => f.otherMsPerRequest)).toFixed(2)} |`,
    );
  }
}

if (import.meta.main) await main();
