// The seat and waitlist invariants after a rush (DESIGN.md invariants 1-3), read from the
// database itself: shared by the benches and the concurrency tests of plans and swaps.
import postgres from "postgres";

/** What a client was answered for one enroll (or one section of a plan's Register, or a swap). */
export interface Outcome {
  student: string;
  section: string;
  status: number;
  ms: number;
  enrollmentId?: string;
  state?: string;
  replayed?: boolean;
  message?: string;
  /** A later request changed the row (a swap of this enrollment): left out of the comparison. */
  superseded?: boolean;
}

/** Checks the rows and counters of the rush's sections against each other and against the answers. */
export async function checkInvariants(databaseUrl: string, sectionIds: string[], outcomes: Outcome[]) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const problems: string[] = [];
    const over = await sql`select section_id, capacity, enrolled from section_seats where enrolled > capacity`;
    if (over.length) problems.push(`${over.length} sections over capacity`);
    const counters = await sql<Array<{ section_id: string; capacity: number; enrolled: number; waiting: number; rows: number; waitlisted: number }>>`
      select ss.section_id, ss.capacity, ss.enrolled, ss.waitlisted as waiting,
             (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'ENROLLED') as rows,
             (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'WAITLISTED') as waitlisted
      from section_seats ss where ss.section_id = any(${sectionIds}::uuid[])`;
    for (const c of counters) {
      if (c.rows !== c.enrolled) problems.push(`section ${c.section_id}: counter says ${c.enrolled} enrolled, ${c.rows} rows`);
      if (c.waiting !== c.waitlisted) problems.push(`section ${c.section_id}: counter says ${c.waiting} waitlisted, ${c.waitlisted} rows`);
      if (c.waitlisted > 0 && c.enrolled < c.capacity) problems.push(`section ${c.section_id}: ${c.waitlisted} waitlisted while ${c.capacity - c.enrolled} seats are free`);
    }
    const duplicates = await sql`select student_id, section_id from enrollments where section_id = any(${sectionIds}::uuid[]) group by 1, 2 having count(*) > 1`;
    if (duplicates.length) problems.push(`${duplicates.length} duplicate (student, section) rows`);
    const rows = await sql<Array<{ id: string; student_id: string; section_id: string; status: string }>>`
      select id, student_id, section_id, status from enrollments where section_id = any(${sectionIds}::uuid[])`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const firstIdOf = new Map<string, string>();
    let missing = 0;
    for (const o of outcomes.filter((o) => o.status === 201 && !o.superseded)) {
      const row = o.enrollmentId ? byId.get(o.enrollmentId) : undefined;
      // A waitlisted answer may since have been promoted (a swap freed a seat).
      const promoted = o.state === "WAITLISTED" && row?.status === "ENROLLED";
      if (!row || row.student_id !== o.student || row.section_id !== o.section || (row.status !== o.state && !promoted)) missing++;
      const pair = `${o.student}/${o.section}`;
      if (firstIdOf.has(pair) && firstIdOf.get(pair) !== o.enrollmentId) problems.push(`two different enrollments answered for ${pair}`);
      firstIdOf.set(pair, o.enrollmentId ?? "");
    }
    if (missing) problems.push(`${missing} accepted requests without their row`);
    // A swap never leaves a student in two sections of one course; a waitlist place is one row, in one order.
    const twice = await sql`
      select student_id, course_id from enrollments where section_id = any(${sectionIds}::uuid[]) and status = 'ENROLLED' group by 1, 2 having count(*) > 1`;
    if (twice.length) problems.push(`${twice.length} students enrolled twice in one course`);
    const sharedPlaces = await sql`
      select section_id, waitlist_seq from enrollments where section_id = any(${sectionIds}::uuid[]) and status = 'WAITLISTED' group by 1, 2 having count(*) > 1`;
    if (sharedPlaces.length) problems.push(`${sharedPlaces.length} waitlist places held by two rows`);
    const seats = counters.reduce((sum, c) => sum + c.enrolled, 0);
    const waitlisted = counters.reduce((sum, c) => sum + c.waitlisted, 0);
    return { problems, seats, waitlisted, sections: counters.length, missing, duplicates: duplicates.length };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

