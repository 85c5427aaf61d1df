// Load for the fault tests: a registration rush through the gateway (students enrolling,
// dropping and re-enrolling with Idempotency-Keys, retrying 503/504 with the same key as a
// client should), readers that keep every service busy, a recorder of every answer, and the
// checks that nothing was lost or doubled.
import { expect } from "bun:test";
import type postgres from "postgres";

export interface Answer {
  label: string;
  status: number; // 0: no HTTP answer (connection refused or reset, or our own timeout)
  ms: number;
  at: number; // performance.now() when it was sent
  body?: any;
  error?: string;
}

/** Every answer the load received, for the figures and the checks. */
export class Recorder {
  answers: Answer[] = [];
  /** Requests still waiting for an answer. */
  inFlight = 0;

  /** One HTTP request to `url`, recorded. Our own client timeout is generous: a hang shows as a long `ms`. */
  async request(label: string, url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Answer> {
    const at = performance.now();
    this.inFlight++;
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 15_000) });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: kept as text
      }
      const answer = { label, status: response.status, ms: performance.now() - at, at, body };
      this.answers.push(answer);
      return answer;
    } catch (error) {
      const answer = { label, status: 0, ms: performance.now() - at, at, error: String((error as Error)?.message ?? error) };
      this.answers.push(answer);
      return answer;
    } finally {
      this.inFlight--;
    }
  }

  count(filter: (a: Answer) => boolean = () => true): number {
    return this.answers.filter(filter).length;
  }

  /** Answers by status, e.g. {"200": 812, "503": 40}. */
  statuses(filter: (a: Answer) => boolean = () => true): Record<string, number> {
    const out: Record<string, number> = {};
    for (const a of this.answers.filter(filter)) out[a.status] = (out[a.status] ?? 0) + 1;
    return out;
  }

  maxMs(filter: (a: Answer) => boolean = () => true): number {
    return Math.max(0, ...this.answers.filter(filter).map((a) => a.ms));
  }
}

export interface Student {
  id: string;
  username: string;
  token: string;
}

type Held = "ENROLLED" | "WAITLISTED" | "DROPPED";

/** What the clients were told, per student and section: the last definitive answer. */
export class Ledger {
  /** `${student}:${section}` → last state the client was told. */
  told = new Map<string, Held>();
  /** Idempotency key → enrollment ids of every 201 for that key. */
  keys = new Map<string, Set<string>>();
  /** Enrollment id → `${student}:${section}` of every 201. */
  ids = new Map<string, string>();
  accepted = 0;
  replayed = 0;
  drops = 0;
  retries = 0;
  gaveUp = 0;
}

export interface RushOptions {
  gatewayUrl: string;
  students: Student[];
  sectionIds: string[];
  /** Stop starting new operations after this many ms. */
  durationMs: number;
  recorder: Recorder;
  ledger: Ledger;
  /** Prefix of the idempotency keys (unique per rush). */
  run: string;
  /** How long a client keeps retrying one operation through 503/504/connection errors. */
  retryForMs?: number;
}

const retryable = (a: Answer) => a.status === 0 || a.status === 503 || a.status === 504;

/**
 * Each student, one operation at a time until the time is up: enroll in a section they do not
 * hold (sending the request twice at once with the same key, like a double click; retrying
 * 503/504/connection errors with the same key), or drop one they hold (retried too; "already
 * dropped" after a lost answer counts as dropped).
 */
export async function rush(options: RushOptions): Promise<void> {
  const { gatewayUrl, recorder, ledger } = options;
  const until = performance.now() + options.durationMs;
  const retryFor = options.retryForMs ?? 20_000;
  let serial = 0;

  const enroll = async (student: Student, sectionId: string) => {
    const key = `${options.run}-${student.username}-${sectionId.slice(0, 8)}-${++serial}`;
    const slot = `${student.id}:${sectionId}`;
    const init = () => ({
      method: "POST",
      headers: { authorization: `Bearer ${student.token}`, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify({ section_id: sectionId }),
    });
    const giveUpAt = performance.now() + retryFor;
    let pending = [recorder.request("enroll", `${gatewayUrl}/api/v1/enrollments`, init()), recorder.request("enroll", `${gatewayUrl}/api/v1/enrollments`, init())];
    for (;;) {
      const answers = await Promise.all(pending);
      for (const a of answers.filter((x) => x.status === 201)) {
        const e = a.body.enrollment;
        if (!ledger.keys.has(key)) ledger.keys.set(key, new Set());
        ledger.keys.get(key)!.add(e.id);
        ledger.ids.set(e.id, slot);
        if (a.body.replayed) ledger.replayed++;
      }
      const created = answers.find((x) => x.status === 201);
      if (created) {
        ledger.accepted++;
        ledger.told.set(slot, created.body.enrollment.status);
        return;
      }
      const definitive = answers.find((x) => !retryable(x));
      if (definitive) {
        // A refusal (e.g. 409 while the twin request holds the key's lock): ask again with the same key.
        if (definitive.status !== 409) throw new Error(`enroll refused: ${definitive.status} ${JSON.stringify(definitive.body)}`);
      }
      if (performance.now() > giveUpAt) {
        ledger.gaveUp++;
        return;
      }
      ledger.retries++;
      await Bun.sleep(50);
      pending = [recorder.request("enroll", `${gatewayUrl}/api/v1/enrollments`, init())];
    }
  };

  const drop = async (student: Student, sectionId: string, enrollmentId: string) => {
    const slot = `${student.id}:${sectionId}`;
    const giveUpAt = performance.now() + retryFor;
    for (;;) {
      const a = await recorder.request("drop", `${gatewayUrl}/api/v1/enrollments/${enrollmentId}`, { method: "DELETE", headers: { authorization: `Bearer ${student.token}` } });
      const alreadyDropped = a.status === 400 && /already dropped|not on the waitlist|already left/i.test(a.body?.error?.message ?? "");
      if (a.status === 200 || alreadyDropped) {
        ledger.drops++;
        ledger.told.set(slot, "DROPPED");
        return;
      }
      if (!retryable(a)) throw new Error(`drop refused: ${a.status} ${JSON.stringify(a.body)}`);
      if (performance.now() > giveUpAt) {
        ledger.gaveUp++;
        return;
      }
      ledger.retries++;
      await Bun.sleep(50);
    }
  };

  const idOf = new Map<string, string>(); // slot → enrollment id
  const worker = async (student: Student, index: number) => {
    let step = index;
    while (performance.now() < until) {
      step++;
      const held = options.sectionIds.filter((s) => {
        const state = ledger.told.get(`${student.id}:${s}`);
        return state === "ENROLLED" || state === "WAITLISTED";
      });
      const free = options.sectionIds.filter((s) => !held.includes(s));
      if (free.length && (held.length === 0 || step % 3 !== 0)) {
        const sectionId = free[step % free.length]!;
        await enroll(student, sectionId);
        const ids = [...ledger.ids].filter(([, slot]) => slot === `${student.id}:${sectionId}`).map(([id]) => id);
        if (ids[0]) idOf.set(`${student.id}:${sectionId}`, ids[0]);
      } else if (held.length) {
        const sectionId = held[step % held.length]!;
        await drop(student, sectionId, idOf.get(`${student.id}:${sectionId}`)!);
      }
    }
  };
  await Promise.all(options.students.map(worker));
}

/** Keeps one request at a time going to each labelled URL until `stop()`; every answer recorded. */
export function readers(recorder: Recorder, targets: Array<{ label: string; url: string; token?: string }>) {
  let running = true;
  const loops = targets.map(async (t) => {
    while (running) {
      await recorder.request(t.label, t.url, { headers: t.token ? { authorization: `Bearer ${t.token}` } : {} });
      await Bun.sleep(10);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/**
 * The invariants after a rush, from the database itself: every 201 the clients got is a row of
 * that student and section; rows match what the clients were last told (a waitlisted student
 * may since have been promoted); every key's 201s name one enrollment; seat counters equal the
 * enrolled rows and never exceed capacity; no section has a free seat while someone waits.
 */
export async function checkInvariants(courses: postgres.Sql, sectionIds: string[], ledger: Ledger) {
  const rows = await courses<{ id: string; student_id: string; section_id: string; status: string }[]>`
    select id, student_id, section_id, status from enrollments where section_id in ${courses(sectionIds)}`;
  const bySlot = new Map<string, { id: string; status: string }[]>();
  for (const r of rows) {
    const slot = `${r.student_id}:${r.section_id}`;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), r]);
  }
  const duplicated = [...bySlot.values()].filter((list) => list.length > 1).length;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = [...ledger.ids].filter(([id, slot]) => byId.get(id) === undefined || `${byId.get(id)!.student_id}:${byId.get(id)!.section_id}` !== slot).length;
  const mismatched: string[] = [];
  for (const [slot, told] of ledger.told) {
    const status = bySlot.get(slot)?.[0]?.status;
    const ok = told === "WAITLISTED" ? status === "WAITLISTED" || status === "ENROLLED" : status === told;
    if (!ok) mismatched.push(`${slot}: told ${told}, row ${status}`);
  }
  const splitKeys = [...ledger.keys.values()].filter((ids) => ids.size > 1).length;
  const seats = await courses<{ section_id: string; capacity: number; enrolled: number; waitlisted: number; counted: number; waiting: number }[]>`
    select s.section_id, s.capacity, s.enrolled, s.waitlisted,
      (select count(*)::int from enrollments e where e.section_id = s.section_id and e.status = 'ENROLLED') as counted,
      (select count(*)::int from enrollments e where e.section_id = s.section_id and e.status = 'WAITLISTED') as waiting
    from section_seats s where s.section_id in ${courses(sectionIds)}`;
  const badCounters = seats.filter((s) => s.enrolled !== s.counted || s.counted > s.capacity || s.waitlisted !== s.waiting);
  const lostSeats = seats.filter((s) => s.counted < s.capacity && s.waiting > 0);
  const figures = { rows: rows.length, accepted: ledger.accepted, replayed: ledger.replayed, drops: ledger.drops, duplicated, lost, mismatched: mismatched.length, splitKeys, badCounters: badCounters.length, lostSeats: lostSeats.length, gaveUp: ledger.gaveUp };
  expect({ duplicated, lost, mismatched, splitKeys, badCounters, lostSeats, gaveUp: ledger.gaveUp }).toEqual({ duplicated: 0, lost: 0, mismatched: [], splitKeys: 0, badCounters: [], lostSeats: [], gaveUp: 0 });
  return figures;
}
