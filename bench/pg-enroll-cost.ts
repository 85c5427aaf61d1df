// PostgreSQL's share of an enroll, alone: calls enroll_attempt() straight from here (no gateway, no
// gRPC, no enrollment node) for fresh random students over the sections of a new term
// (a fresh term of 15 slots x 8 sections of 110 seats, created here), one section per weekly slot each, shuffled, BENCH_CONCURRENCY (32)
// at once on as many connections, and reports calls/s, the CPU per call of the PostgreSQL
// processes (postmaster tree, /proc) and of this client, and the commits per second and WAL bytes
// per call the server recorded (pg_stat_database, pg_current_wal_lsn): the figures that size the
// enrollment database's primary (docs/operations.md).
import postgres from "postgres";
import { readdirSync, readFileSync } from "node:fs";
import { databaseUrlFor, loadConfig } from "../nodes/shared/config";

const N = Number(process.env.N || 18000); // calls per function measured
const FN_COUNT = (process.env.FN || "enroll_attempt").split(",").filter((f) => f.trim()).length;
const C = Number(process.env.BENCH_CONCURRENCY || 32);
const url = databaseUrlFor(loadConfig(), "courses");
const sql = postgres(url, { max: C, onnotice: () => {} });
// A fresh term like the rush's: 15 one-credit courses in non-overlapping slots, 8 sections of 110 seats each.
const run = Date.now().toString(36).slice(-6).toUpperCase();
const [term] = await sql`
  insert into terms (code, name, starts_on, ends_on, registration_opens_at, registration_closes_at, add_drop_deadline)
  values (${`PGCOST-${run}`}, ${`PostgreSQL cost ${run}`}, '2099-01-10', '2099-05-10', now(), now() + interval '2 hours', now() + interval '2 hours')
  returning id`;
for (let slot = 0; slot < 15; slot++) {
  const [course] = await sql`insert into courses (code, title, credits, department) values (${`PG ${run}${slot}`}, 'PostgreSQL cost', 1, 'CS') returning id`;
  for (let k = 0; k < 8; k++) {
    const [section] = await sql`
      insert into sections (course_id, term_id, code, instructor_id, instructor_name, room)
      values (${course!.id}, ${term!.id}, ${String(k + 1).padStart(3, "0")}, gen_random_uuid(), 'Prof', 'R') returning id`;
    await sql`insert into section_meetings (section_id, day, start_minute, end_minute) values (${section!.id}, ${(slot % 7) + 1}, ${420 + Math.floor(slot / 7) * 60}, ${470 + Math.floor(slot / 7) * 60})`;
    await sql`insert into section_seats (section_id, capacity) values (${section!.id}, 110)`;
  }
}
const sections = await sql<Array<{ id: string; course_id: string }>>`select s.id, s.course_id from sections s where s.term_id = ${term!.id}`;
const bySlot = new Map<string, Array<(typeof sections)[number]>>();
for (const s of sections) bySlot.set(s.course_id, [...(bySlot.get(s.course_id) ?? []), s]);
const slots = [...bySlot.values()];
const work: Array<{ student: string; section: (typeof sections)[number]; key: string }> = [];
while (work.length < N * FN_COUNT + 300 * FN_COUNT) {
  const student = crypto.randomUUID();
  slots.forEach((slot, i) => work.push({ student, section: slot[Math.floor(Math.random() * slot.length)]!, key: `pg-${student}-${i}` }));
}
for (let i = work.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [work[i], work[j]] = [work[j]!, work[i]!];
}
const pgCpu = () => {
  const pid = Number(readFileSync(`${loadConfig().dataDir}/pg/postmaster.pid`, "utf8").split("\n")[0]);
  let total = 0;
  for (const p of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const f = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(p) === pid || Number(f[1]) === pid) total += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return total * 10;
};
// FN: the function to measure, or several separated by commas to compare them (e.g. a variant
// being tried), or "select1" for the bare round trip. With several, the calls are cut into ROUNDS
// (5) slices and each slice runs every function in turn, so drift on this VM (other load, tables
// growing, checkpoints) falls on all of them alike; the figure per function is the median slice.
const FNS = (process.env.FN || "enroll_attempt").split(",").map((f) => f.trim()).filter(Boolean);
const ROUNDS = FNS.length > 1 ? Number(process.env.ROUNDS || 5) : 1;
const call = (fn: string, w: (typeof work)[number]) =>
  fn === "select1" ? sql`select 'X' as outcome` : sql`select * from ${sql(fn)}(${w.student}::uuid, ${w.section.id}::uuid, 18, ${w.key}, true, false, true)`;
for (const fn of FNS) await Promise.all(work.splice(0, 300).map((w) => call(fn, w)));
const sliceSize = Math.floor(work.length / (ROUNDS * FNS.length));
const results = new Map<string, { pg: number[]; client: number[]; perS: number[]; commitsPerS: number[]; walBytes: number[]; calls: number; outcomes: Map<string, number> }>();
for (const fn of FNS) results.set(fn, { pg: [], client: [], perS: [], commitsPerS: [], walBytes: [], calls: 0, outcomes: new Map() });
/** The database's commits so far and the WAL position, as the server counts them. */
const serverCounters = async () => {
  const [row] = await sql`select (select xact_commit from pg_stat_database where datname = current_database())::bigint as commits, pg_current_wal_lsn() as lsn`;
  return { commits: Number(row!.commits), lsn: row!.lsn as string };
};
const walBetween = async (from: string, to: string) => Number((await sql`select pg_wal_lsn_diff(${to}, ${from}) as bytes`)[0]!.bytes);
for (let round = 0; round < ROUNDS; round++) {
  for (const fn of FNS) {
    const slice = work.splice(0, sliceSize);
    const r = results.get(fn)!;
    let next = 0;
    const s0 = await serverCounters();
    const p0 = pgCpu(), c0 = process.cpuUsage(), t0 = performance.now();
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next < slice.length) {
          const [row] = await call(fn, slice[next++]!);
          r.outcomes.set(row!.outcome, (r.outcomes.get(row!.outcome) ?? 0) + 1);
        }
      }),
    );
    const ms = performance.now() - t0, c1 = process.cpuUsage(c0), p1 = pgCpu();
    const s1 = await serverCounters();
    // Idle backends report their counts to pg_stat_database within 10 s: wait for the last ones.
    await Bun.sleep(11_000);
    const settled = await serverCounters();
    r.commitsPerS.push(((settled.commits - s0.commits) / ms) * 1000);
    r.walBytes.push((await walBetween(s0.lsn, s1.lsn)) / slice.length);
    r.calls += slice.length;
    r.pg.push(((p1 - p0) * 1000) / slice.length);
    r.client.push((c1.user + c1.system) / slice.length);
    r.perS.push((slice.length / ms) * 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [fn, r] of results) {
  console.log(JSON.stringify({ fn, calls: r.calls, per_s: Math.round(median(r.perS)), postgres_us: +median(r.pg).toFixed(1), client_us: +median(r.client).toFixed(1), commits_per_s: Math.round(median(r.commitsPerS)), wal_bytes_per_call: Math.round(median(r.walBytes)), ...(ROUNDS > 1 ? { postgres_us_by_round: r.pg.map((x) => Math.round(x)) } : {}), outcomes: Object.fromEntries(r.outcomes) }));
}
await sql.end();
