// Catalog search at the size of a large university: against a running EduStream, adds a term of
// its own with 5,000 courses and 20,000 sections (straight into the courses database, in one
// transaction), then asks the gateway for searches of every kind, each bypassing the catalog
// cache (Cache-Control: no-cache: the database answers every time), one at a time and then with
// many in flight; reports p50/p99 per kind and searches/s, and removes what it added.
//
//   bun bench/catalog-scale.ts
//
// Settings: EDUSTREAM_BENCH_URL (gateway, default from the configuration; loopback only),
// BENCH_COURSES (5000), BENCH_SECTIONS_PER_COURSE (4), BENCH_RUNS (40 a kind, one at a time),
// BENCH_CONNECTIONS (16, for the throughput part), BENCH_SECONDS (5), BENCH_KEEP (1: leave the data).
import postgres from "postgres";
import { databaseUrlFor, loadConfig } from "../nodes/shared/config";
import { encodePageToken } from "../nodes/shared/paging";
import { meetingSummary } from "../nodes/shared/schedule";
import { encodeRequest, Http1Pool } from "./support/http1-client";
import { percentile, requireLoopback } from "./support/measure";

const env = process.env;
const config = loadConfig();
const GATEWAY = new URL(env.EDUSTREAM_BENCH_URL || `http://127.0.0.1:${config.ports.gateway}`);
const COURSES = Number(env.BENCH_COURSES || 5000);
const PER_COURSE = Number(env.BENCH_SECTIONS_PER_COURSE || 4);
const RUNS = Number(env.BENCH_RUNS || 40);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 16);
const SECONDS = Number(env.BENCH_SECONDS || 5);

const WORDS = ("introduction advanced applied theory practice systems analysis design methods history modern classical computational statistical " +
  "quantum organic molecular cellular economic political social cultural literature writing research seminar laboratory studio data networks " +
  "security algorithms structures programming databases machine learning vision language logic ethics philosophy psychology biology chemistry " +
  "physics mathematics calculus algebra geometry topology finance markets accounting management marketing law policy health medicine nursing " +
  "music art film theatre dance architecture engineering materials energy climate ocean earth space astronomy robotics control signals").split(" ");
const DAYS = [1, 2, 3, 4, 5];

/** A deterministic pseudo-random sequence, so every run builds the same catalog. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function populate(sql: postgres.Sql, run: string) {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const department = `SC${run}`.slice(0, 6);
  const instructors = Array.from({ length: 400 }, (_, i) => ({ id: crypto.randomUUID(), name: `${pick(["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "John"])} Scale${i}` }));
  return sql.begin(async (tx) => {
    const [term] = await tx`insert into terms (code, name, starts_on, ends_on, registration_opens_at, registration_closes_at, add_drop_deadline)
      values (${`SCALE${run}`}, ${`Scale term ${run}`}, '2040-01-10', '2040-05-10', '2039-11-01T00:00:00Z', '2039-12-01T00:00:00Z', '2039-12-01T00:00:00Z') returning id`;
    await tx`insert into departments (code, name) values (${department}, 'Scale benchmark')`;
    const courses = Array.from({ length: COURSES }, (_, i) => ({
      code: `${department} ${1000 + i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`.replace(/^./, (c) => c.toUpperCase()),
      description: Array.from({ length: 30 }, () => pick(WORDS)).join(" "),
      credits: 1 + Math.floor(next() * 5),
      department,
    }));
    const courseIds: string[] = [];
    for (let i = 0; i < courses.length; i += 1000) courseIds.push(...(await tx`insert into courses ${tx(courses.slice(i, i + 1000))} returning id`).map((r) => r.id as string));
    // Two meetings a week each, at one time, two days apart; with their summary, as the course node writes them.
    const sections = courseIds.flatMap((courseId) =>
      Array.from({ length: PER_COURSE }, (_, j) => {
        const teacher = pick(instructors);
        const start = 480 + 30 * Math.floor(next() * 20);
        const first = pick(DAYS);
        const meetings = [first, first === 5 ? 1 : first + 2 > 5 ? first - 2 : first + 2].map((day) => ({ day, startMinute: start, endMinute: start + 75 }));
        return { id: crypto.randomUUID(), course_id: courseId, term_id: term!.id, code: `00${j + 1}`, instructor_id: teacher.id, instructor_name: teacher.name, room: `R${Math.floor(next() * 900)}`, meetings };
      }),
    );
    const rows = sections.map(({ meetings, ...section }) => {
      const summary = meetingSummary(meetings);
      return { ...section, meeting_days: summary.meetingDays, first_start_minute: summary.firstStartMinute, last_end_minute: summary.lastEndMinute };
    });
    for (let i = 0; i < rows.length; i += 2000) await tx`insert into sections ${tx(rows.slice(i, i + 2000))}`;
    const meetings = sections.flatMap((s) => s.meetings.map((m) => ({ section_id: s.id, day: m.day, start_minute: m.startMinute, end_minute: m.endMinute })));
    for (let i = 0; i < meetings.length; i += 5000) await tx`insert into section_meetings ${tx(meetings.slice(i, i + 5000))}`;
    const seats = sections.map((s) => ({ section_id: s.id, capacity: 30 + Math.floor(next() * 100), enrolled: 0 }));
    for (let i = 0; i < seats.length; i += 5000) await tx`insert into section_seats ${tx(seats.slice(i, i + 5000))}`;
    return { termId: term!.id as string, department, instructor: instructors[7]!.name, title: courses[1234 % courses.length]!.title };
  });
}

async function cleanUp(sql: postgres.Sql, termId: string, department: string) {
  await sql.begin(async (tx) => {
    await tx`delete from section_seats where section_id in (select id from sections where term_id = ${termId})`;
    await tx`delete from sections where term_id = ${termId}`;
    await tx`delete from courses where department = ${department}`;
    await tx`delete from departments where code = ${department}`;
    await tx`delete from terms where id = ${termId}`;
  });
}

async function main() {
  requireLoopback(GATEWAY.href, "EDUSTREAM_BENCH_URL");
  const databaseUrl = databaseUrlFor(config, "courses");
  requireLoopback(databaseUrl.replace(/^postgres(ql)?:/, "http:"), "The database");
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const run = Date.now().toString(36).slice(-4).toUpperCase();
  const started = performance.now();
  const made = await populate(sql, run);
  await sql.unsafe("analyze courses; analyze sections; analyze section_meetings; analyze section_seats");
  console.log(`added ${COURSES} courses and ${COURSES * PER_COURSE} sections in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const base = `/api/v1/courses?term=${made.termId}&page_size=10`;
    const kinds: Array<[string, string]> = [
      ["first page, by code", base],
      ["exact code, typed cs-style", `${base}&q=${encodeURIComponent(`${made.department.toLowerCase()}-2345`)}`],
      ["one title word", `${base}&q=quantum`],
      ["two title words, one a prefix", `${base}&q=${encodeURIComponent("advanced algo")}`],
      ["part of a title word", `${base}&q=hemist`],
      ["days MON,WED", `${base}&days=MON,WED`],
      ["time window 13:00-17:00", `${base}&starts_after=13:00&ends_before=17:00`],
      ["instructor", `${base}&instructor=${encodeURIComponent(made.instructor)}`],
      ["credits 4-5", `${base}&min_credits=4&max_credits=5`],
      ["word + days + time + credits", `${base}&q=data&days=TUE,THU&starts_after=09:00&min_credits=3`],
      ["a page deep in the results", `${base}&q=systems&page_token=${encodePageToken(200)}`],
    ];
    console.log(`| search (5,000 courses, 20,000 sections, no cache) | results | p50 ms | p99 ms |`);
    console.log("|---|---|---|---|");
    for (const [name, path] of kinds) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const sent = performance.now();
        const response = await fetch(new URL(path, GATEWAY), { headers: { "cache-control": "no-cache" } });
        const body = (await response.json()) as { total_size?: number; error?: { message: string } };
        times.push(performance.now() - sent);
        if (response.status !== 200) throw new Error(`${name}: ${response.status} ${body.error?.message}`);
        total = body.total_size ?? 0;
      }
      times.sort((a, b) => a - b);
      console.log(`| ${name} | ${total} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`);
    }
    // Throughput: every kind in turn over CONNECTIONS connections, never from the cache.
    const pool = new Http1Pool(GATEWAY, CONNECTIONS);
    const requests = kinds.map(([, path]) => encodeRequest("GET", new URL(path, GATEWAY), { "cache-control": "no-cache" }, ""));
    let done = 0;
    let failed = 0;
    const until = performance.now() + SECONDS * 1000;
    const begun = performance.now();
    await Promise.all(
      pool.connections.map(async (connection, c) => {
        for (let i = c; performance.now() < until; i++) {
          const response = await connection.request(requests[i % requests.length]!);
          if (response.status !== 200) failed++;
          done++;
        }
      }),
    );
    pool.close();
    console.log(`mixed uncached searches, ${CONNECTIONS} in flight: ${Math.round(done / ((performance.now() - begun) / 1000))}/s, ${failed} failed`);
  } finally {
    if (env.BENCH_KEEP !== "1") await cleanUp(sql, made.termId, made.department);
    await sql.end({ timeout: 5 });
  }
}

if (import.meta.main) await main();
