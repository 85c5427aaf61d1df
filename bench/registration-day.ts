// Registration day through the view, as browsers use it: students signed in through the sign-in
// form (cookies, CSRF token) search the catalog, open sections, refresh a section's seats (the
// htmx fragment), look at their schedule, and now and then Add a section or Drop one through the
// forms of the section page (htmx POST with the CSRF header), at least ten reads for each write.
// Reports student actions per second and p50/p99 per kind of action, then checks the registration
// invariants in the database and that what the catalog cache serves equals the database.
//
//   bun run bench:day
//   BENCH_STUDENTS=300 BENCH_CONCURRENCY=48 BENCH_DURATION_S=60 bun run bench:day
//
// Settings: EDUSTREAM_BENCH_URL (gateway) and EDUSTREAM_BENCH_VIEW_URL (view), both by default
// from the configuration and loopback only; BENCH_STUDENTS (120), BENCH_CONCURRENCY (32 actions
// in flight), BENCH_DURATION_S (30), EDUSTREAM_BENCH_ADMIN / EDUSTREAM_BENCH_ADMIN_PASSWORD.
import postgres from "postgres";
import { loadavg } from "node:os";
import { databaseUrlFor, loadConfig } from "../nodes/shared/config";
import { ViewClient } from "../tests/support/view-client";
import { cpuByNode, machineBusySeconds, percentile, requireLoopback, supervisorOf } from "./support/measure";
import { checkInvariants } from "./registration-rush";

const env = process.env;
const config = loadConfig();
const GATEWAY = (env.EDUSTREAM_BENCH_URL || `http://127.0.0.1:${config.ports.gateway}`).replace(/\/$/, "");
const VIEW = (env.EDUSTREAM_BENCH_VIEW_URL || `http://127.0.0.1:${config.ports.view}`).replace(/\/$/, "");
const STUDENTS = Number(env.BENCH_STUDENTS || 120);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY || 32);
const DURATION_MS = Number(env.BENCH_DURATION_S || 30) * 1000;
const PASSWORD = "Day-Bench-Password-7";
const COURSES = 12;
const SECTIONS_PER_COURSE = 3;
const CAPACITY = 25;
const WORDS = ["seminar", "day", "studio", "lab", "workshop", "methods"];

/** Kinds of student action and their share of the mix (reads 92 %, writes 8 %: 11.5 reads a write). */
const MIX: Array<[Kind, number]> = [
  ["search", 30],
  ["open section", 26],
  ["refresh seats", 16],
  ["schedule", 20],
  ["enroll", 5],
  ["drop", 3],
];
type Kind = "search" | "open section" | "refresh seats" | "schedule" | "enroll" | "drop";

interface Student {
  browser: ViewClient;
  /** Sections the student holds a place in (enrolled or waitlisted). */
  holding: Set<string>;
  busy: boolean;
}

async function gateway(path: string, init: { token?: string; body?: unknown } = {}) {
  const response = await fetch(GATEWAY + path, {
    method: init.body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json().catch(() => ({}))) as any;
  if (response.status >= 300) throw new Error(`${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** A term open now, courses with sections in distinct weekly slots, and students signed in through the view. */
async function setUp(run: string) {
  const admin = (await gateway("/api/v1/auth/login", { body: { username: env.EDUSTREAM_BENCH_ADMIN || "admin", password: env.EDUSTREAM_BENCH_ADMIN_PASSWORD || config.demoPassword } })).access_token as string;
  const iso = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const { term } = await gateway("/api/v1/terms", {
    token: admin,
    body: { code: `DAY-${run}`, name: `Registration day ${run}`, starts_on: "2099-01-10", ends_on: "2099-05-10", registration_opens_at: iso(-1), registration_closes_at: iso(120), add_drop_deadline: iso(120) },
  });
  const faculty: string[] = [];
  for (let k = 0; k < SECTIONS_PER_COURSE; k++) {
    faculty.push((await gateway("/api/v1/users", { token: admin, body: { username: `day${run}f${k}`.toLowerCase(), password: PASSWORD, name: `Day Professor ${k}`, role: "FACULTY" } })).user.id);
  }
  const sectionIds: string[] = [];
  for (let c = 0; c < COURSES; c++) {
    const { course } = await gateway("/api/v1/courses", {
      token: admin,
      body: { code: `CS ${8000 + Math.floor(Math.random() * 1999)}${String.fromCharCode(65 + (c % 26))}`, title: `Day ${WORDS[c % WORDS.length]} ${run} ${c + 1}`, description: "Registration day benchmark.", credits: 1, department: "CS" },
    });
    for (let k = 0; k < SECTIONS_PER_COURSE; k++) {
      // Course c's sections meet in slot c (of 12 weekly slots): two sections of one course clash, as in life.
      const day = ["MON", "TUE", "WED", "THU", "FRI", "SAT"][c % 6]!;
      const hour = 8 + 2 * Math.floor(c / 6) + k * 4;
      const { section } = await gateway("/api/v1/sections", {
        token: admin,
        body: { course_id: course.id, term_id: term.id, code: `00${k + 1}`, instructor_id: faculty[k], room: `DAY ${run} ${c}-${k}`, meetings: [{ day, start_time: `${String(hour).padStart(2, "0")}:00`, end_time: `${String(hour).padStart(2, "0")}:50` }], capacity: CAPACITY },
      });
      sectionIds.push(section.id);
    }
  }
  const students: Student[] = [];
  for (let i = 0; i < STUDENTS; i += 8) {
    students.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(8, STUDENTS - i) }, async (_, j) => {
          const username = `day${run}s${i + j}`.toLowerCase();
          await gateway("/api/v1/users", { token: admin, body: { username, password: PASSWORD, name: `Day Student ${i + j}`, role: "STUDENT" } });
          return { browser: await ViewClient.signIn(VIEW, username, PASSWORD), holding: new Set<string>(), busy: false };
        }),
      )),
    );
  }
  return { termId: term.id as string, termCode: term.code as string, run, sectionIds, students };
}

/** The hidden fields of the form posting to `action` in a page, or undefined when the page has none. */
function formFields(html: string, action: string): Record<string, string> | undefined {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) return undefined;
  const form = html.slice(start, html.indexOf("</form>", start));
  return Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")]));
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

function chooseKind(): Kind {
  let roll = Math.random() * MIX.reduce((sum, [, share]) => sum + share, 0);
  for (const [kind, share] of MIX) if ((roll -= share) < 0) return kind;
  return "search";
}

/** One student action through the view; returns the status of its last request. */
async function act(kind: Kind, student: Student, setup: Awaited<ReturnType<typeof setUp>>): Promise<number> {
  const { browser } = student;
  switch (kind) {
    case "search":
      return (await browser.request(`/catalog?q=${encodeURIComponent(`${pick(WORDS)} ${setup.run}`)}&term=${setup.termId}`, Math.random() < 0.5 ? { htmx: true } : {})).status;
    case "open section":
      return (await browser.request(`/sections/${pick(setup.sectionIds)}`)).status;
    case "refresh seats": {
      const id = pick(setup.sectionIds);
      return (await browser.request(`/sections/${id}/item?return_to=${encodeURIComponent(`/sections/${id}`)}`, { htmx: true })).status;
    }
    case "schedule":
      return (await browser.request(`/schedule?term=${setup.termId}`)).status;
    case "enroll": {
      const id = pick(setup.sectionIds);
      const page = await browser.request(`/sections/${id}`);
      const fields = formFields(page.html, `/sections/${id}/enroll`);
      if (!fields) return page.status;
      const answer = await browser.request(`/sections/${id}/enroll`, { form: fields, htmx: true });
      if (formFields(answer.html, `/sections/${id}/drop`)) student.holding.add(id);
      return answer.status;
    }
    case "drop": {
      const id = [...student.holding][0];
      if (!id) return act("schedule", student, setup);
      const page = await browser.request(`/sections/${id}`);
      const fields = formFields(page.html, `/sections/${id}/drop`);
      student.holding.delete(id);
      if (!fields) return page.status;
      return (await browser.request(`/sections/${id}/drop`, { form: fields, htmx: true })).status;
    }
  }
}

/** Compares what the gateway serves for each section (through its cache) with the database, once the seat counts are past their second. */
async function checkCache(sectionIds: string[]): Promise<string[]> {
  await Bun.sleep(1_100);
  const sql = postgres(databaseUrlFor(config, "courses"), { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<Array<{ id: string; status: string; capacity: number; enrolled: number; waitlisted: number }>>`
      select s.id, s.status, ss.capacity, ss.enrolled, ss.waitlisted from sections s join section_seats ss on ss.section_id = s.id where s.id = any(${sectionIds}::uuid[])`;
    const problems: string[] = [];
    for (const row of rows) {
      const { section } = await gateway(`/api/v1/sections/${row.id}`);
      for (const field of ["status", "capacity", "enrolled", "waitlisted"] as const) {
        if (section[field] !== row[field]) problems.push(`section ${row.id}: the cache served ${field} ${section[field]}, the database says ${row[field]}`);
      }
    }
    return problems;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main() {
  requireLoopback(GATEWAY, "EDUSTREAM_BENCH_URL");
  requireLoopback(VIEW, "EDUSTREAM_BENCH_VIEW_URL");
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const setupStarted = performance.now();
  const setup = await setUp(run);
  console.log(`setup: term ${setup.termCode}, ${setup.sectionIds.length} sections of ${CAPACITY} seats, ${STUDENTS} students signed in through the view (${((performance.now() - setupStarted) / 1000).toFixed(1)} s)`);
  const supervisor = supervisorOf(Number(new URL(VIEW).port || 80));
  const cpuBefore = cpuByNode(supervisor);
  const busyBefore = machineBusySeconds();
  const loadBefore = loadavg()[0]!;
  const samples = new Map<Kind, number[]>(MIX.map(([kind]) => [kind, []]));
  const statuses = new Map<string, number>();
  const started = performance.now();
  const until = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const free = setup.students.filter((s) => !s.busy);
        const student = pick(free.length ? free : setup.students);
        student.busy = true;
        const kind = chooseKind();
        const sent = performance.now();
        const status = await act(kind, student, setup).catch(() => 0);
        student.busy = false;
        samples.get(kind)!.push(performance.now() - sent);
        statuses.set(`${kind} ${status}`, (statuses.get(`${kind} ${status}`) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuByNode(supervisor);
  const busy = machineBusySeconds() - busyBefore;
  const actions = [...samples.values()].reduce((sum, list) => sum + list.length, 0);
  const writes = samples.get("enroll")!.length + samples.get("drop")!.length;
  const serverErrors = [...statuses].filter(([key]) => /\s(0|5\d\d)$/.test(key)).reduce((sum, [, n]) => sum + n, 0);
  const invariants = await checkInvariants(databaseUrlFor(config, "courses"), setup.sectionIds, []);
  const cacheProblems = await checkCache(setup.sectionIds);
  const report = {
    settings: { students: STUDENTS, concurrency: CONCURRENCY, duration_s: DURATION_MS / 1000, sections: setup.sectionIds.length, capacity: CAPACITY },
    load_average_before: +loadBefore.toFixed(2),
    student_actions_per_second: Math.round(actions / seconds),
    reads_per_write: +((actions - writes) / Math.max(1, writes)).toFixed(1),
    by_kind: Object.fromEntries(
      [...samples].map(([kind, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return [kind, { count: list.length, per_second: +(list.length / seconds).toFixed(1), p50_ms: +percentile(sorted, 50).toFixed(1), p99_ms: +percentile(sorted, 99).toFixed(1) }];
      }),
    ),
    outcomes: Object.fromEntries([...statuses].sort()),
    cpu_ms_per_action: Object.fromEntries([...cpuAfter].map(([node, total]) => [node, +(((total - (cpuBefore.get(node) ?? 0)) * 1000) / Math.max(1, actions)).toFixed(3)]).sort((a, b) => (b[1] as number) - (a[1] as number))),
    cores_busy: +(busy / seconds).toFixed(2),
    server_errors: serverErrors,
    invariants: { ok: invariants.problems.length === 0, problems: invariants.problems.slice(0, 20), seats_taken: invariants.seats, waitlisted: invariants.waitlisted },
    cache_matches_database: { ok: cacheProblems.length === 0, sections: setup.sectionIds.length, problems: cacheProblems.slice(0, 20) },
  };
  console.log(JSON.stringify(report, null, 2));
  if (!report.invariants.ok || !report.cache_matches_database.ok || serverErrors > 0) process.exit(1);
  process.exit(0);
}

if (import.meta.main) await main();
