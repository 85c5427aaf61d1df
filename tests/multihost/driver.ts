// The client side of the multi-host test, run inside the edge host against its gateway: the
// registration rush's setup (bench/registration-rush.ts, sizes from BENCH_*), then every
// enrollment request at an even pace over MULTIHOST_RUSH_S seconds. A request answered 5xx or
// not at all is sent again with the same Idempotency-Key (what a client does) until it gets an
// answer. Prints one JSON line per event: the rush's start, then the report (every attempt with
// the time it finished, the final outcomes, the invariants checked in the database).
import { databaseUrlFor } from "../../nodes/shared/config";
import { api, checkInvariants, setUp, type Outcome } from "../../bench/registration-rush";

const RUSH_MS = Number(process.env.MULTIHOST_RUSH_S ?? 24) * 1000;
const MAX_RETRY_MS = 30_000;

for (let started = Date.now(); ; ) {
  const ready = await api("/readyz").catch(() => ({ status: 0 }));
  if (ready.status === 200) break;
  if (Date.now() - started > 60_000) throw new Error(`the gateway did not become ready (${ready.status})`);
  await Bun.sleep(200);
}
const run = `MH${Date.now().toString(36).slice(-5).toUpperCase()}`;
const { config, sectionIds, students } = await setUp(run);
const plan = students.flatMap((student, s) => sectionIds.map((slot, i) => ({ student, section: slot[(s + i) % slot.length]!, key: `${run}-${s}-${i}` })));
for (let i = plan.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [plan[i], plan[j]] = [plan[j]!, plan[i]!];
}

const attempts: Array<[at: number, status: number]> = [];
const outcomes: Outcome[] = [];
const start = Date.now();
console.log(JSON.stringify({ event: "rush-start", at: start, requests: plan.length }));
const interval = RUSH_MS / plan.length;
await Promise.all(
  plan.map(async (item, index) => {
    await Bun.sleep(Math.max(0, start + index * interval - Date.now()));
    for (const first = Date.now(); ; ) {
      const t0 = performance.now();
      const result = await api("/api/v1/enrollments", { token: item.student.token, body: { section_id: item.section }, headers: { "idempotency-key": item.key } }).catch(() => ({ status: 0, body: undefined }));
      attempts.push([Date.now(), result.status]);
      const failed = result.status === 0 || result.status >= 500;
      if (!failed || Date.now() - first > MAX_RETRY_MS) {
        const body = result.body as { enrollment?: { id: string; status: string }; replayed?: boolean; error?: { message: string } } | undefined;
        outcomes.push({ student: item.student.id, section: item.section, status: result.status, ms: performance.now() - t0, enrollmentId: body?.enrollment?.id, state: body?.enrollment?.status, replayed: body?.replayed, message: body?.error?.message });
        return;
      }
      await Bun.sleep(100);
    }
  }),
);
const invariants = await checkInvariants(databaseUrlFor(config, "courses"), sectionIds.flat(), outcomes);
const byStatus: Record<string, number> = {};
for (const o of outcomes) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
console.log(JSON.stringify({ event: "report", start, end: Date.now(), attempts, outcomes: byStatus, acknowledged: outcomes.filter((o) => o.status === 201).length, invariants }));
process.exit(0);
