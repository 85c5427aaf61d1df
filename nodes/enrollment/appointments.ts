// Registration appointments: the registrar gives a term appointment groups (by credits earned,
// class standing or a list of students), each with a start time. "Assigning" materialises every
// student's start (the earliest of the groups they match) in registration_appointments, so the
// enrolling statement reads one row (db/courses/registration.sql, `student_registration_problems`).
// It runs with every change of a term's groups, in the change's transaction, and when the
// registrar asks (credits earned change as grades are released). Credits come from the grades
// service and the students from the auth service, asked before the transaction opens.
import type postgres from "postgres";
import { fail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { isUuid } from "../shared/ids";
import { APPOINTMENT_BASIS_CODES, STANDING_CODES, classStanding } from "../shared/registration-holds";
import { formatDateTime, parseInstant } from "../shared/university-time";
import { actorUsername, audit } from "./audit";
import type { Caller, EnrollmentDependencies } from "./service";

/** Who could have an appointment, and their credits earned (absent: none). */
export interface Population {
  studentIds: string[];
  creditsEarned: Map<string, number>;
}

/** What assigning needs from other services; main.ts wires them to gRPC clients. */
export interface AppointmentDependencies extends Pick<EnrollmentDependencies, "users"> {
  /** Every student account (auth service) and every student's credits earned (grades service), with the admin's token. */
  population(caller: Caller): Promise<Population>;
}

interface GroupRow {
  id: string;
  term_id: string;
  name: string;
  basis: string;
  min_credits: number | null;
  standing: string | null;
  starts_at: Date;
  students: string[];
  assigned: number;
}

interface TermRow {
  id: string;
  code: string;
  registration_closes_at: Date;
}

const MAX_STUDENTS = 5000;

function groupMessage(row: GroupRow) {
  return {
    id: row.id,
    term_id: row.term_id,
    name: row.name,
    basis: row.basis,
    min_credits: row.min_credits ?? 0,
    standing: row.standing ?? "",
    students: row.students,
    starts_at: new Date(row.starts_at).toISOString(),
    assigned: row.assigned,
  };
}

/** Does the group take this student (with these credits earned)? */
function matches(group: GroupRow, studentId: string, credits: number): boolean {
  if (group.basis === "STUDENTS") return group.students.includes(studentId);
  if (group.basis === "CREDITS") return credits >= (group.min_credits ?? 0);
  return classStanding(credits) === group.standing;
}

/** Each student's appointment: the earliest start among the groups that take them (groups come earliest first). */
export function appointmentsFor(groups: readonly GroupRow[], population: Population): Array<{ studentId: string; groupId: string; startsAt: Date }> {
  const students = new Set([...population.studentIds, ...groups.flatMap((g) => g.students)]);
  const answer = [];
  for (const studentId of students) {
    const credits = population.creditsEarned.get(studentId) ?? 0;
    const group = groups.find((g) => matches(g, studentId, credits));
    if (group) answer.push({ studentId, groupId: group.id, startsAt: group.starts_at });
  }
  return answer;
}

export class AppointmentService {
  constructor(
    private readonly sql: postgres.Sql,
    private readonly deps: AppointmentDependencies,
    /** The university's time zone, in which messages give times. */
    private readonly timeZone: string,
  ) {}

  /** A term's groups, earliest first, with how many students each took at the last assignment. */
  async listGroups(caller: Caller, termId: string) {
    requireAdmin(caller);
    const term = await this.term(termId);
    const [groups, [last]] = await Promise.all([
      this.groups(this.sql, term.id),
      this.sql<Array<{ at: Date | null; count: number }>>`select max(assigned_at) as at, count(*)::integer as count from registration_appointments where term_id = ${term.id}`,
    ]);
    return { groups: groups.map(groupMessage), assigned_at: last?.at ? new Date(last.at).toISOString() : "", students_assigned: last?.count ?? 0 };
  }

  /** Adds a group and assigns the term's appointments again, in one transaction (audited). */
  async createGroup(caller: Caller, input: { term_id: string; name: string; basis: string; min_credits: number; standing: string; students: string[]; starts_at: string }) {
    requireAdmin(caller);
    const term = await this.term(input.term_id, "term_id");
    const fields = await this.validGroup(caller, term, input);
    const [population, actor] = await Promise.all([this.deps.population(caller), actorUsername(this.deps, caller)]);
    const { group, assigned } = await this.sql.begin(async (tx) => {
      const [row] = await tx<Array<{ id: string }>>`
        insert into appointment_groups (term_id, name, basis, min_credits, standing, starts_at)
        values (${term.id}, ${fields.name}, ${fields.basis}, ${fields.minCredits}, ${fields.standing}, ${fields.startsAt.toISOString()}) returning id`;
      if (fields.students.length) {
        await tx`insert into appointment_group_students (group_id, student_id) select ${row!.id}::uuid, unnest(${tx.array(fields.students)}::uuid[])`;
      }
      await audit(tx, caller, actor, "appointment_group.create", row!.id, `${term.code}: ${fields.name}`, { term_id: term.id, basis: fields.basis, min_credits: fields.minCredits, standing: fields.standing, students: fields.students.length, starts_at: fields.startsAt.toISOString() });
      const assigned = await this.assignWithin(tx, term.id, population);
      const group = (await this.groups(tx, term.id)).find((g) => g.id === row!.id)!;
      return { group, assigned };
    });
    return { group: groupMessage(group), assignment: assigned };
  }

  /** Deletes a group and assigns the term's appointments again, in one transaction (audited). */
  async deleteGroup(caller: Caller, groupId: string) {
    requireAdmin(caller);
    if (!isUuid(groupId)) throw fail.notFound("The appointment group");
    const [found] = await this.sql<Array<{ term_id: string; name: string }>>`select term_id, name from appointment_groups where id = ${groupId}`;
    if (!found) throw fail.notFound("The appointment group");
    const term = await this.term(found.term_id);
    const [population, actor] = await Promise.all([this.deps.population(caller), actorUsername(this.deps, caller)]);
    const assigned = await this.sql.begin(async (tx) => {
      const deleted = await tx`delete from appointment_groups where id = ${groupId}`;
      if (deleted.count === 0) throw fail.notFound("The appointment group");
      await audit(tx, caller, actor, "appointment_group.delete", groupId, `${term.code}: ${found.name}`, { term_id: term.id });
      return this.assignWithin(tx, term.id, population);
    });
    return { assignment: assigned };
  }

  /** Computes every student's appointment in a term again (credits earned change as grades are released). */
  async assign(caller: Caller, termId: string) {
    requireAdmin(caller);
    const term = await this.term(termId);
    const population = await this.deps.population(caller);
    return this.sql.begin((tx) => this.assignWithin(tx, term.id, population));
  }

  /** Replaces the term's appointments with what its groups say now (assigners wait for each other). */
  private async assignWithin(tx: postgres.TransactionSql, termId: string, population: Population): Promise<{ students_assigned: number; assigned_at: string }> {
    await tx`lock table registration_appointments in share row exclusive mode`;
    const rows = appointmentsFor(await this.groups(tx, termId), population);
    await tx`delete from registration_appointments where term_id = ${termId}`;
    if (rows.length) {
      await tx`
        insert into registration_appointments (student_id, term_id, group_id, starts_at)
        select s, ${termId}::uuid, g, t from unnest(${tx.array(rows.map((r) => r.studentId))}::uuid[], ${tx.array(rows.map((r) => r.groupId))}::uuid[], ${tx.array(rows.map((r) => new Date(r.startsAt).toISOString()))}::timestamptz[]) as a(s, g, t)`;
    }
    const [now] = await tx<Array<{ at: Date }>>`select now() as at`;
    return { students_assigned: rows.length, assigned_at: new Date(now!.at).toISOString() };
  }

  /** A term's groups, earliest first, with their students and how many took each. */
  private groups(sql: postgres.Sql | postgres.TransactionSql, termId: string) {
    return sql<GroupRow[]>`
      select g.id, g.term_id, g.name, g.basis, g.min_credits, g.standing, g.starts_at,
             coalesce((select array_agg(s.student_id::text order by s.student_id) from appointment_group_students s where s.group_id = g.id), '{}') as students,
             (select count(*)::integer from registration_appointments a where a.group_id = g.id) as assigned
      from appointment_groups g where g.term_id = ${termId}
      order by g.starts_at, g.created_at, g.id`;
  }

  private async term(termId: string, field?: string): Promise<TermRow> {
    if (!isUuid(termId.trim())) {
      if (field) throw fail.invalid(field, fieldMessage(field, "must be a term id."));
      throw fail.notFound("The term");
    }
    const [term] = await this.sql<TermRow[]>`select id, code, registration_closes_at from terms where id = ${termId.trim()}`;
    if (!term) throw fail.notFound("The term");
    return term;
  }

  /** Checks a new group's fields, naming each one that is wrong; students named by id or username are resolved to ids. */
  private async validGroup(caller: Caller, term: TermRow, input: { name: string; basis: string; min_credits: number; standing: string; students: string[]; starts_at: string }) {
    const name = input.name.trim();
    if (!name) throw fail.invalid("name", fieldMessage("name", "is required."));
    if (name.length > 100) throw fail.invalid("name", fieldMessage("name", "must be at most 100 characters."));
    const basis = input.basis.trim().toUpperCase();
    if (!(APPOINTMENT_BASIS_CODES as readonly string[]).includes(basis)) throw fail.invalid("basis", fieldMessage("basis", `must be one of ${APPOINTMENT_BASIS_CODES.join(", ")}.`));
    const startsAt = parseInstant(input.starts_at.trim());
    if (!startsAt) throw fail.invalid("starts_at", fieldMessage("starts_at", "must be a date and time with zone, e.g. 2026-08-03T08:00:00Z."));
    if (startsAt >= new Date(term.registration_closes_at)) {
      throw fail.invalid("starts_at", fieldMessage("starts_at", `must be before registration closes (${formatDateTime(term.registration_closes_at, this.timeZone)}): its students could never add.`));
    }
    let minCredits: number | null = null;
    let standing: string | null = null;
    let students: string[] = [];
    if (basis === "CREDITS") {
      minCredits = input.min_credits;
      if (!Number.isInteger(minCredits) || minCredits < 0 || minCredits > 400) throw fail.invalid("min_credits", fieldMessage("min_credits", "must be a whole number from 0 to 400."));
    } else if (basis === "STANDING") {
      standing = input.standing.trim().toUpperCase();
      if (!(STANDING_CODES as readonly string[]).includes(standing)) throw fail.invalid("standing", fieldMessage("standing", `must be one of ${STANDING_CODES.join(", ")}.`));
    } else {
      students = await this.resolveStudents(caller, input.students);
    }
    return { name, basis, minCredits, standing, students, startsAt };
  }

  /** User ids of the named students (ids or usernames); unknown names and other roles are refused, naming them. */
  private async resolveStudents(caller: Caller, named: string[]): Promise<string[]> {
    const wanted = [...new Set(named.map((s) => s.trim()).filter(Boolean))];
    if (wanted.length === 0) throw fail.invalid("students", fieldMessage("students", "must name at least one student (username or id)."));
    if (wanted.length > MAX_STUDENTS) throw fail.invalid("students", fieldMessage("students", `must name at most ${MAX_STUDENTS} students.`));
    if (wanted.some((s) => s.length > 64)) throw fail.invalid("students", fieldMessage("students", "must be usernames or user ids."));
    const found = await this.deps.users(wanted.filter(isUuid), caller, wanted.filter((s) => !isUuid(s)).map((s) => s.toLowerCase()));
    const known = new Map(found.flatMap((u) => [[u.id, u], [u.username, u]] as const));
    const unknown = wanted.filter((s) => !known.has(s.toLowerCase()) && !known.has(s));
    if (unknown.length) throw fail.invalid("students", fieldMessage("students", `name no account: ${unknown.slice(0, 10).join(", ")}.`));
    const notStudents = found.filter((u) => u.role !== "STUDENT").map((u) => u.username);
    if (notStudents.length) throw fail.invalid("students", fieldMessage("students", `must be students: ${notStudents.slice(0, 10).join(", ")} ${notStudents.length === 1 ? "is" : "are"} not.`));
    return [...new Set(found.map((u) => u.id))];
  }
}

function requireAdmin(caller: Caller) {
  if (caller.claims.role !== "ADMIN") throw fail.forbidden("Only the registrar (an admin) manages registration appointments.");
}
