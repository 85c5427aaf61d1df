// PostgreSQL's share of an enroll, alone: calls enroll_attempt() straight from here (no gateway, no
// gRPC, no enrollment node) for fresh random students over the sections of a new term
// (a fresh term of 15 slots x 8 sections of 110 seats, created here), one section per weekly slot each, shuffled, BENCH_CONCURRENCY (32)
// at once on as many connections, and reports calls/s and the CPU per call of the PostgreSQL
// processes (postmaster tree, /proc) and of this client.
import postgres from "postgres";
import { readdirSync, readFileSync } from "node:fs";
import { databaseUrlFor, loadConfig } from "../nodes/shared/config";

const N = Number(process.env.N || 18000);
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
const sections = await sql<Array<{ id: string; course_id: string; credits: number; meetings: string }>>`
  select s.id, s.course_id, c.credits,
         '{' || string_agg('"[' || (m.day * 1440 + m.start_minute) || ',' || (m.day * 1440 + m.end_minute) || ')"', ',') || '}' as meetings
  from sections s join courses c on c.id = s.course_id join section_meetings m on m.section_id = s.id
  where s.term_id = ${term!.id} group by s.id, c.credits`;
const bySlot = new Map<string, Array<(typeof sections)[number]>>();
for (const s of sections) bySlot.set(s.course_id, [...(bySlot.get(s.course_id) ?? []), s]);
const slots = [...bySlot.values()];
const work: Array<{ student: string; section: (typeof sections)[number]; key: string }> = [];
while (work.length < N) {
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
// FN: another function of the same signature to compare (e.g. a variant being tried), or "select1" for the bare round trip.
const FN = process.env.FN || "enroll_attempt";
const call = (w: (typeof work)[number]) =>
  FN === "select1" ? sql`select 'X' as outcome` : sql`select * from ${sql(FN)}(${w.student}, ${w.section.id}, ${term!.id}, ${w.section.course_id}, ${w.section.credits}, 18, ${w.section.meetings}::int4range[], ${w.key}, true, false, true)`;
await Promise.all(work.splice(0, 300).map(call));
const outcomes = new Map<string, number>();
let next = 0;
const p0 = pgCpu(), c0 = process.cpuUsage(), t0 = performance.now();
await Promise.all(
  Array.from({ length: C }, async () => {
    while (next < work.length) {
      const [row] = await call(work[next++]!);
      outcomes.set(row!.outcome, (outcomes.get(row!.outcome) ?? 0) + 1);
    }
  }),
);
const ms = performance.now() - t0, c1 = process.cpuUsage(c0), p1 = pgCpu();
console.log(JSON.stringify({ calls: work.length, per_s: Math.round((work.length / ms) * 1000), postgres_us: +(((p1 - p0) * 1000) / work.length).toFixed(1), client_us: +((c1.user + c1.system) / work.length).toFixed(1), outcomes: Object.fromEntries(outcomes) }));
await sql.end();
