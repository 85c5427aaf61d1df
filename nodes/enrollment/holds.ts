// Holds on a student's record: the registrar places and lifts them (admins only, audited in the
// courses database's audit_events like the catalog's changes); students read their own. Whether
// a hold blocks registration is decided where enrolling is, in db/courses/registration.sql
// (`student_registration_problems`); the flag is copied from the kind (nodes/shared/registration-holds.ts)
// when the hold is placed, so a hold keeps the effect it was placed with.
import type postgres from "postgres";
import { fail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { isUuid } from "../shared/ids";
import { HOLD_KIND_CODES, holdKind, holdKindLabel } from "../shared/registration-holds";
import { formatDateTime } from "../shared/university-time";
import { audit } from "./audit";
import type { Caller, EnrollmentDependencies } from "./service";

/** A hold row as the database answers it. */
export interface HoldRow {
  id: string;
  student_id: string;
  kind: string;
  blocks_registration: boolean;
  reason: string;
  contact: string;
  placed_by: string;
  placed_by_name: string;
  placed_at: Date;
  lifted_by: string | null;
  lifted_by_name: string | null;
  lifted_at: Date | null;
}

const REASON_MAX = 500;
const CONTACT_MAX = 200;

/** A hold as the API answers it. */
export function holdMessage(row: HoldRow) {
  return {
    id: row.id,
    student_id: row.student_id,
    kind: row.kind,
    blocks_registration: row.blocks_registration,
    reason: row.reason,
    contact: row.contact,
    placed_by: row.placed_by,
    placed_by_name: row.placed_by_name,
    placed_at: new Date(row.placed_at).toISOString(),
    lifted_by: row.lifted_by ?? "",
    lifted_by_name: row.lifted_by_name ?? "",
    lifted_at: row.lifted_at ? new Date(row.lifted_at).toISOString() : "",
  };
}

/** A required text field, trimmed, 1 to `max` characters. */
function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw fail.invalid(field, fieldMessage(field, "is required."));
  if (trimmed.length > max) throw fail.invalid(field, fieldMessage(field, `must be at most ${max} characters.`));
  return trimmed;
}

export class HoldService {
  constructor(
    private readonly sql: postgres.Sql,
    private readonly deps: Pick<EnrollmentDependencies, "users">,
    /** The university's time zone, in which messages give times. */
    private readonly timeZone: string,
  ) {}

  /** A student's holds: the student their own, an admin anyone's (in force first, then lifted ones newest first). */
  async listHolds(caller: Caller, input: { studentId: string; includeLifted: boolean }) {
    const studentId = await this.studentFor(caller, input.studentId);
    const rows = await this.sql<HoldRow[]>`
      select * from student_holds where student_id = ${studentId}
        ${input.includeLifted ? this.sql`` : this.sql`and lifted_at is null`}
      order by lifted_at is not null, case when lifted_at is null then placed_at end, lifted_at desc, id`;
    return { holds: rows.map(holdMessage) };
  }

  /** Places a hold on a student (admins only, audited). */
  async placeHold(caller: Caller, input: { studentId: string; kind: string; reason: string; contact: string }) {
    this.requireAdmin(caller);
    const kind = holdKind(input.kind.trim().toUpperCase());
    if (!kind) throw fail.invalid("kind", fieldMessage("kind", `must be one of ${HOLD_KIND_CODES.join(", ")}.`));
    const reason = text("reason", input.reason, REASON_MAX);
    const contact = text("contact", input.contact, CONTACT_MAX);
    if (!isUuid(input.studentId)) throw fail.invalid("student_id", fieldMessage("student_id", "must be a user id (UUID)."));
    const people = await this.deps.users([input.studentId, caller.claims.sub], caller);
    const student = people.find((p) => p.id === input.studentId);
    if (!student) throw fail.notFound("The student");
    if (student.role !== "STUDENT") throw fail.invalid("student_id", fieldMessage("student_id", "must be a student's account: holds are placed on students."));
    const actor = people.find((p) => p.id === caller.claims.sub)?.username ?? caller.claims.name;
    const row = await this.sql.begin(async (tx) => {
      const [hold] = await tx<HoldRow[]>`
        insert into student_holds (student_id, kind, blocks_registration, reason, contact, placed_by, placed_by_name)
        values (${student.id}, ${kind.code}, ${kind.blocksRegistration}, ${reason}, ${contact}, ${caller.claims.sub}, ${caller.claims.name})
        returning *`;
      await audit(tx, caller, actor, "hold.place", hold!.id, `${student.username}: ${holdKindLabel(kind.code)}`, { student_id: student.id, kind: kind.code, reason, contact, blocks_registration: kind.blocksRegistration });
      return hold!;
    });
    return { hold: holdMessage(row) };
  }

  /** Lifts a hold, recording who and when (admins only, audited); a hold already lifted is refused saying when. */
  async liftHold(caller: Caller, holdId: string) {
    this.requireAdmin(caller);
    if (!isUuid(holdId)) throw fail.notFound("The hold");
    const [found] = await this.sql<Array<{ student_id: string }>>`select student_id from student_holds where id = ${holdId}`;
    if (!found) throw fail.notFound("The hold");
    // Names for the audit trail, asked before the transaction opens (no call to another service inside it).
    const people = await this.deps.users([caller.claims.sub, found.student_id], caller).catch(() => []);
    const actor = people.find((p) => p.id === caller.claims.sub)?.username ?? caller.claims.name;
    const owner = people.find((p) => p.id === found.student_id)?.username ?? found.student_id;
    const row = await this.sql.begin(async (tx) => {
      const [hold] = await tx<HoldRow[]>`select * from student_holds where id = ${holdId} for update`;
      if (!hold) throw fail.notFound("The hold");
      if (hold.lifted_at) throw fail.precondition(`This ${holdKindLabel(hold.kind).toLowerCase()} was already lifted by ${hold.lifted_by_name} on ${formatDateTime(hold.lifted_at, this.timeZone)}.`);
      const [lifted] = await tx<HoldRow[]>`
        update student_holds set lifted_by = ${caller.claims.sub}, lifted_by_name = ${caller.claims.name}, lifted_at = now()
        where id = ${holdId} returning *`;
      await audit(tx, caller, actor, "hold.lift", hold.id, `${owner}: ${holdKindLabel(hold.kind)}`, { student_id: hold.student_id, kind: hold.kind, reason: hold.reason });
      return lifted!;
    });
    return { hold: holdMessage(row) };
  }

  private requireAdmin(caller: Caller) {
    if (caller.claims.role !== "ADMIN") throw fail.forbidden("Only the registrar (an admin) places and lifts holds.");
  }

  /** Whose holds a read is about: the calling student's own; any student's for an admin (who must name one that exists). */
  private async studentFor(caller: Caller, requested: string): Promise<string> {
    const id = requested.trim();
    if (!id && caller.claims.role !== "STUDENT") throw fail.forbidden("Only students have holds of their own.");
    if (caller.claims.role === "STUDENT") {
      if (id && id !== caller.claims.sub) throw fail.forbidden("You may only see your own holds.");
      return caller.claims.sub;
    }
    if (caller.claims.role !== "ADMIN") throw fail.forbidden("Only the student and the registrar see a student's holds.");
    if (!isUuid(id)) throw fail.invalid("student_id", fieldMessage("student_id", "must be a user id (UUID)."));
    const [student] = await this.deps.users([id], caller);
    if (!student) throw fail.notFound("The student");
    return id;
  }
}

