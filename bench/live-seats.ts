// What live seats and the calendar export cost (issue 17). Starts a whole EduStream with demo data
// in a process of its own (bench/support/own-stack.ts), then, as a signed-in student, fires each
// kind of request back to back (BENCH_IN_FLIGHT at once) and reports requests/s, the system's CPU
// per request (the stack's process, with every node, and its PostgreSQL) and the bytes of each
// answer. From the poll costs it derives the cost of 1,000 open pages: each polls once every
// LIVE_SEATS_SECONDS on average (the jitter keeps the mean), so 1,000 pages are 100 polls/s.
//
// Each kind is measured in BENCH_ROUNDS rounds (after one warm-up round), the kinds in turn, and
// the median round is reported, so a drift of the shared machine falls on every kind.
//
//   bun bench/live-seats.ts          # BENCH_POLLS (1000 a kind a round), BENCH_IN_FLIGHT (16), BENCH_ROUNDS (3)
import { loadavg } from "node:os";
import { LIVE_SEATS_SECONDS } from "../nodes/view/pages/catalog/live-seats";
import { ViewClient } from "../tests/support/view-client";
import { cpuByNode, percentile } from "./support/measure";
import { processCpuMs } from "./support/stub";

const POLLS = Number(process.env.BENCH_POLLS || 1000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT || 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);

const child = Bun.spawn(["bun", "bench/support/own-stack.ts"], { stdout: "pipe", stderr: "inherit" });
const first = await child.stdout.getReader().read();
const { viewUrl, gatewayUrl, pid } = JSON.parse(new TextDecoder().decode(first.value).trim().split("\n")[0]!) as { viewUrl: string; gatewayUrl: string; pid: number };
/** CPU (ms) of the system under test: the stack's process and its PostgreSQL. */
const systemCpuMs = () => processCpuMs(pid) + (cpuByNode(pid).get("postgres") ?? 0) * 1000;

/** Bytes of an answer as sent (status line, headers, body), without TCP or TLS. */
function bytesOf(response: Response, body: ArrayBuffer): number {
  let size = `HTTP/1.1 ${response.status} ${response.statusText}\r\n`.length + 2;
  response.headers.forEach((value, name) => (size += name.length + value.length + 4));
  return size + body.byteLength;
}

interface Kind {
  name: string;
  url: string;
  headers: Record<string, string>;
}

async function measure(kind: Kind, polls = POLLS) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let bytes = 0;
  let sent = 0;
  const cpuBefore = systemCpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (sent < polls) {
        sent++;
        const t0 = performance.now();
        const response = await fetch(kind.url, { headers: kind.headers });
        const body = await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        bytes += bytesOf(response, body);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (systemCpuMs() - cpuBefore) / polls;
  latencies.sort((a, b) => a - b);
  return { kind: kind.name, perSecond: Math.round(polls / seconds), p50: +percentile(latencies, 50).toFixed(1), p99: +percentile(latencies, 99).toFixed(1), statuses: Object.fromEntries(statuses), bytes: Math.round(bytes / polls), cpuMsPerRequest: +cpuMs.toFixed(3) };
}

/** The kinds to measure, with a fresh session (access tokens last 5 minutes: each round signs in again). */
async function kindsOfRound(): Promise<Kind[]> {
  const password = process.env.EDUSTREAM_DEMO_PASSWORD || "edustream";
  const browser = await ViewClient.signIn(viewUrl, "student1", password);
  const catalog = await browser.request("/catalog");
  const searchPoll = catalog.html.match(/hx-get="(\/catalog\/seats[^"]*)"/)![1]!.replace(/&amp;/g, "&");
  const sectionId = catalog.html.match(/id="seats-([0-9a-f-]{36})"/)![1]!;
  const sectionPoll = `/sections/${sectionId}/seats`;
  const cookie = { cookie: browser.cookieHeader(), "hx-request": "true" };
  const tagOf = async (path: string) => (await fetch(viewUrl + path, { headers: cookie })).headers.get("hx-ptag") ?? "";
  const login = await fetch(`${gatewayUrl}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "student21", password }) });
  const { access_token } = (await login.json()) as { access_token: string };
  return [
    { name: "section poll, unchanged (304)", url: viewUrl + sectionPoll, headers: { ...cookie, "hx-ptag": await tagOf(sectionPoll) } },
    { name: "section poll, changed (200)", url: viewUrl + sectionPoll, headers: cookie },
    { name: "search poll (10 courses), unchanged (304)", url: viewUrl + searchPoll, headers: { ...cookie, "hx-ptag": await tagOf(searchPoll) } },
    { name: "search poll (10 courses), changed (200)", url: viewUrl + searchPoll, headers: cookie },
    { name: "section page (for scale)", url: `${viewUrl}/sections/${sectionId}`, headers: { cookie: browser.cookieHeader() } },
    { name: "schedule .ics (API, 6 sections)", url: `${gatewayUrl}/api/v1/me/schedule.ics`, headers: { authorization: `Bearer ${access_token}` } },
  ];
}

try {
  for (const kind of await kindsOfRound()) await measure(kind, Math.ceil(POLLS / 4)); // warm-up
  const rounds: Array<Awaited<ReturnType<typeof measure>>[]> = [];
  for (let round = 0; round < ROUNDS; round++) for (const [i, kind] of (await kindsOfRound()).entries()) (rounds[i] ??= []).push(await measure(kind));
  // The median round of each kind by CPU per request.
  const results = rounds.map((list) => [...list].sort((a, b) => a.cpuMsPerRequest - b.cpuMsPerRequest)[Math.floor(list.length / 2)]!);
  for (const [i, result] of results.entries()) console.log(JSON.stringify({ ...result, cpu_spread: rounds[i]!.map((r) => r.cpuMsPerRequest), statuses_all: rounds[i]!.map((r) => r.statuses) }));
  const perThousand = 1000 / LIVE_SEATS_SECONDS;
  for (const r of results.slice(0, 4)) {
    console.log(`${r.kind}: 1,000 open pages = ${perThousand} polls/s, ${(perThousand * r.cpuMsPerRequest).toFixed(0)} ms of CPU a second (${((perThousand * r.cpuMsPerRequest) / 10).toFixed(1)} % of one core), ${((perThousand * r.bytes) / 1024).toFixed(0)} KiB/s`);
  }
  console.log(JSON.stringify({ load_average: loadavg().map((l) => +l.toFixed(2)), polls_a_kind: POLLS, in_flight: IN_FLIGHT }));
} finally {
  child.kill("SIGTERM");
  await child.exited;
}
