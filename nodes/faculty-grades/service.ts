import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/grades/schema";
import { gradeChanges, grades, sectionGrading } from "../../db/grades/schema";
import { GradeScale } from "../../db/grades/scale";
import { AppError, fail } from "../shared/errors";
import type { Claims } from "../shared/tokens";
import { formatDate, localDate } from "../shared/university-time";
import { parseGradeCsv } from "./csv";
import type { Peers, Roster, RosterSize, Section, Term, User } from "./peers";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";
import { clientMay } from "../shared/oneroster/scopes";
import { isUuid } from "../shared/ids";
import { recordNotices } from "../shared/notifications/record";
import { gradesReleasedNotice } from "../shared/notifications/wording";

type Db = PostgresJsDatabase<typeof schema>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type GradeRecord = typeof grades.$inferSelect;
type SectionFacts = typeof sectionGrading.$inferInsert;
type GradeState = "GRADE_STATE_UNSPECIFIED" | "DRAFT" | "RELEASED";
type ImportOutcome = "OK" | "UNKNOWN_STUDENT" | "NOT_ENROLLED" | "INVALID_GRADE" | "DUPLICATE_ROW" | "MALFORMED" | "REASON_REQUIRED";


/** Limits that keep one request bounded. */
export const LIMITS = { importRows: 5000, reasonLength: 500 };

/** Who may do what to a section's grades. */
/**
 * Who may act on a section's grades: its instructor (write), or its instructor and admins
 * (read); an LMS client with a gradebook scope reads released grades and writes drafts.
 */
type Access = "instructor" | "instructor-or-admin";

/** One grade to write. */
interface GradeWrite {
  studentId: string;
  grade: string;
}

/** How many grades a section has and whether any is unreleased. */
interface GradingSummary {
  graded: number;
  drafts: number;
}

const stateOf = (summary: GradingSummary | undefined): GradeState =>
  !summary || summary.graded === 0 ? "GRADE_STATE_UNSPECIFIED" : summary.drafts > 0 ? "DRAFT" : "RELEASED";

/** The section as an instructor's list shows it. */
function taughtSection(section: Section, termName: string, size: Pick<RosterSize, "capacity" | "enrolled" | "waitlisted"> | undefined, summary: GradingSummary | undefined) {
  return {
    id: section.id,
    code: section.code,
    course_code: section.course_code,
    course_title: section.course_title,
    term_id: section.term_id,
    term_name: termName,
    roster_size: size?.enrolled ?? section.enrolled,
    graded_count: summary?.graded ?? 0,
    state: stateOf(summary),
    credits: section.credits,
    capacity: size?.capacity ?? section.capacity,
    waitlisted: size?.waitlisted ?? section.waitlisted,
  };
}

function gradeRow(studentId: string, user: Pick<User, "username" | "name"> | undefined, grade: GradeRecord | undefined) {
  return {
    student_id: studentId,
    username: user?.username ?? "",
    name: user?.name ?? "",
    grade: grade?.grade ?? "",
    state: (grade?.state ?? "GRADE_STATE_UNSPECIFIED") as GradeState,
    updated_at: grade?.updatedAt.toISOString() ?? "",
  };
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length > LIMITS.reasonLength) throw fail.invalid("reason", fieldMessage("reason", `must be at most ${LIMITS.reasonLength} characters.`));
  return trimmed;
}

/**
 * The rules of grading: only a section's instructor writes its grades (admins may read them),
 * a grade comes from the scale, only enrolled students get one, a released grade changes only
 * with a reason, and every change is kept in `grade_changes`.
 */
export class FacultyGradesService {
  private readonly gradeScale: () => Promise<GradeScale>;

  constructor(
    private readonly db: Db,
    /** The university's time zone: a term begins at midnight there on its first day. */
    private readonly timeZone = "UTC",
    /** Whether released grades are also mailed (outbox rows beside the notifications). */
    private readonly email = false,
  ) {
    this.gradeScale = GradeScale.cached(db);
  }

  /** The sections the calling instructor teaches (newest term first) with roster size and grading state. */
  async listMySections(caller: Claims, peers: Peers, term: string) {
    if (caller.role !== "FACULTY") throw fail.forbidden("Only faculty have sections of their own.");
    const terms = await peers.listTerms();
    const wanted = term.trim();
    const termId = wanted ? terms.find((t) => t.id === wanted || t.code.toLowerCase() === wanted.toLowerCase())?.id : "";
    if (termId === undefined) throw fail.invalid("term_id", `There is no term "${wanted}".`);
    const sections = await peers.listSectionsTaughtBy(caller.sub, termId);
    const ids = sections.map((s) => s.id);
    const [sizes, summaries] = await Promise.all([peers.rosterSizes(ids), this.gradingSummaries(ids)]);
    const sizeOf = new Map(sizes.map((s) => [s.section_id, s]));
    const termOf = new Map(terms.map((t) => [t.id, t]));
    const startsOn = (s: Section) => termOf.get(s.term_id)?.starts_on ?? "";
    sections.sort((a, b) => startsOn(b).localeCompare(startsOn(a)) || a.course_code.localeCompare(b.course_code) || a.code.localeCompare(b.code));
    return { sections: sections.map((s) => taughtSection(s, termOf.get(s.term_id)?.name ?? s.term_code, sizeOf.get(s.id), summaries.get(s.id))) };
  }

  /** A section's grade sheet: every enrolled student, by name (a student who dropped or withdrew is not graded here). */
  async getGradeSheet(caller: Claims, peers: Peers, sectionId: string) {
    const section = await this.sectionFor(caller, peers, sectionId, "instructor-or-admin");
    const [roster, sectionGrades, facts, scale] = await Promise.all([peers.getRoster(section.id), this.gradesOf(section.id), this.gradingFacts(section.id), this.gradeScale()]);
    const termName = facts?.termName ?? (await peers.getTerm(section.term_id)).name;
    // An LMS client reads released grades only: drafts are the instructor's until released.
    const visible = caller.role === "LMS" ? sectionGrades.filter((g) => g.state === "RELEASED") : sectionGrades;
    const gradeOf = new Map(visible.map((g) => [g.studentId, g]));
    const studentIds = roster.enrolled.map((e) => e.student_id);
    const userOf = new Map((await peers.findUsers(studentIds, [])).map((u) => [u.id, u]));
    const rows = studentIds
      .map((id) => gradeRow(id, userOf.get(id), gradeOf.get(id)))
      .sort((a, b) => a.name.localeCompare(b.name) || a.username.localeCompare(b.username));
    const onSheet = rows.flatMap((r) => gradeOf.get(r.student_id) ?? []);
    const summary = { graded: onSheet.length, drafts: onSheet.filter((g) => g.state === "DRAFT").length };
    return {
      section: taughtSection(section, termName, { capacity: roster.capacity, enrolled: roster.enrolled.length, waitlisted: roster.waitlisted }, summary),
      rows,
      released: Boolean(facts?.releasedAt),
      released_at: facts?.releasedAt?.toISOString() ?? "",
      allowed_grades: scale.codes,
    };
  }

  /** Sets one student's grade (the section's instructor only); after release only with a reason. */
  async setGrade(caller: Claims, peers: Peers, input: { sectionId: string; studentId: string; grade: string; reason: string }) {
    const section = await this.sectionFor(caller, peers, input.sectionId, "instructor");
    const [scale] = await Promise.all([this.gradeScale(), this.requireTermBegun(section, peers)]);
    const grade = scale.parse(input.grade);
    if (!input.studentId.trim() || !isUuid(input.studentId.trim())) throw fail.invalid("student_id", fieldMessage("student_id", "must be a student's user id (UUID)."));
    if (!grade) throw new AppError("INVALID_ARGUMENT", `"${input.grade.trim()}" is not a grade. ${scale.allowedMessage}`, [{ field: "grade", message: scale.allowedMessage, allowed: scale.codes }]);
    // An LMS client writes drafts only: a released grade is changed by its instructor, with a reason.
    const fromClient = caller.role === "LMS";
    const reason = fromClient ? "" : checkReason(input.reason);
    const studentId = input.studentId.trim().toLowerCase();
    const [roster, users] = await Promise.all([peers.getRoster(section.id), peers.findUsers([studentId], [])]);
    if (!roster.enrolled.some((e) => e.student_id === studentId)) {
      throw fail.precondition("This student is not enrolled in the section.", [{ field: "student_id", message: "This student is not enrolled in the section." }]);
    }
    const facts = await this.sectionFacts(section, peers);
    const written = await this.db.transaction(async (tx) => {
      const { problems } = await this.writeGrades(tx, facts, [{ studentId, grade }], caller, reason, fromClient ? "lms" : "set");
      if (problems.length && fromClient) throw fail.precondition("This grade has been released: only the section's instructor may change it now.", [{ field: "grade", message: "released" }]);
      if (problems.length) throw fail.invalid("reason", "This grade has been released: give a reason to change it.");
      return (await tx.select().from(grades).where(and(eq(grades.sectionId, section.id), eq(grades.studentId, studentId))))[0];
    });
    return { row: gradeRow(studentId, users[0], written) };
  }

  /**
   * Imports `student,grade` rows: each row gets an outcome; a dry run stops there. Applying
   * writes every row in one transaction, and only when every row is OK.
   */
  async importGrades(caller: Claims, peers: Peers, input: { sectionId: string; csv: string; dryRun: boolean; reason: string }) {
    const section = await this.sectionFor(caller, peers, input.sectionId, "instructor");
    await this.requireTermBegun(section, peers);
    const reason = checkReason(input.reason);
    const parsed = parseGradeCsv(input.csv);
    if (parsed.length === 0) throw fail.invalid("csv", "The file has no rows: send lines of student,grade.");
    if (parsed.length > LIMITS.importRows) throw fail.invalid("csv", `The file has ${plural(parsed.length, "row")}; at most ${LIMITS.importRows} are accepted at once.`);

    const ids = new Set<string>();
    const usernames = new Set<string>();
    for (const row of parsed) if (!row.malformed) (isUuid(row.student) ? ids : usernames).add(row.student.toLowerCase());
    const [scale, roster, users, existing] = await Promise.all([
      this.gradeScale(),
      peers.getRoster(section.id),
      peers.findUsers([...ids], [...usernames]),
      this.gradesOf(section.id),
    ]);
    const students = users.filter((u) => u.role === "STUDENT");
    const byKey = new Map<string, User>([...students.map((u) => [u.id, u] as const), ...students.map((u) => [u.username.toLowerCase(), u] as const)]);
    const enrolled = new Set(roster.enrolled.map((e) => e.student_id));
    const current = new Map(existing.map((g) => [g.studentId, g]));
    const seen = new Map<string, number>();

    const rows = parsed.map((row) => {
      const student = byKey.get(row.student.toLowerCase());
      const previous = student ? current.get(student.id) : undefined;
      const result = (outcome: ImportOutcome, message: string) => ({
        line: row.line,
        student: row.student,
        grade: row.grade,
        outcome,
        message,
        student_id: student?.id ?? "",
        student_name: student?.name ?? "",
        previous_grade: previous?.grade ?? "",
      });
      if (row.malformed) return result("MALFORMED", row.malformed);
      if (!student) return result("UNKNOWN_STUDENT", `There is no student "${row.student}".`);
      const earlier = seen.get(student.id);
      if (earlier !== undefined) return result("DUPLICATE_ROW", `${student.name} is already on line ${earlier}.`);
      seen.set(student.id, row.line);
      if (!enrolled.has(student.id)) return result("NOT_ENROLLED", `${student.name} is not enrolled in this section.`);
      const grade = scale.parse(row.grade);
      if (!grade) return result("INVALID_GRADE", `"${row.grade}" is not a grade. ${scale.allowedMessage}`);
      if (previous?.grade === grade) return { ...result("OK", "Unchanged."), grade };
      if (previous?.state === "RELEASED" && !reason) return result("REASON_REQUIRED", `Changes the released grade ${previous.grade}: a reason is required.`);
      return { ...result("OK", previous ? `Changes ${previous.grade} to ${grade}.` : "New grade."), grade };
    });
    const okCount = rows.filter((r) => r.outcome === "OK").length;
    const summary = { rows, ok_count: okCount, error_count: rows.length - okCount };
    if (input.dryRun) return { ...summary, applied: false };
    if (summary.error_count > 0) {
      const problems = rows.filter((r) => r.outcome !== "OK");
      throw fail.precondition(
        `Nothing was imported: ${problems.length} of ${plural(rows.length, "row")} ${problems.length === 1 ? "has" : "have"} problems. Fix them and import again.`,
        problems.map((r) => ({ field: "csv", line: r.line, outcome: r.outcome, message: `Line ${r.line}: ${r.message}` })),
      );
    }
    const changes = rows.filter((r) => r.previous_grade !== r.grade).map((r) => ({ studentId: r.student_id, grade: r.grade }));
    const facts = await this.sectionFacts(section, peers);
    await this.db.transaction(async (tx) => {
      const { problems } = await this.writeGrades(tx, facts, changes, caller, reason, "import");
      // A grade released since the preview was read: refuse the whole file rather than part of it.
      if (problems.length) throw fail.precondition("Nothing was imported: some grades were released meanwhile and now need a reason. Preview again.");
    });
    return { ...summary, applied: true };
  }

  /**
   * Makes the section's draft grades visible to their students (the section's instructor only,
   * once the term has begun). The roster is made final first (enrollment refuses every later
   * drop or withdrawal), and only the grades of students enrolled then are released: a student
   * who left keeps no grade, and a released grade never loses its enrollment.
   */
  async releaseGrades(caller: Claims, peers: Peers, sectionId: string) {
    const section = await this.sectionFor(caller, peers, sectionId, "instructor");
    await this.requireTermBegun(section, peers);
    const [facts] = await this.db.select().from(sectionGrading).where(eq(sectionGrading.sectionId, section.id));
    if (!facts) throw fail.precondition("There are no grades to release yet: enter grades first.");
    const [drafts] = await this.db.select({ n: count() }).from(grades).where(and(eq(grades.sectionId, section.id), eq(grades.state, "DRAFT")));
    // Nothing to release: the roster is left open (a release that releases nothing changes nothing).
    if (!drafts?.n && facts.releasedAt) return { released_count: 0, released_at: facts.releasedAt.toISOString() };
    if (!drafts?.n) throw fail.precondition("There are no grades to release yet: enter grades first.");
    const { enrolledStudentIds } = await peers.finalizeRoster(section.id);
    return this.db.transaction(async (tx) => {
      const [locked] = await tx.select().from(sectionGrading).where(eq(sectionGrading.sectionId, section.id)).for("update");
      const now = new Date();
      const released = enrolledStudentIds.length
        ? await tx
            .update(grades)
            .set({ state: "RELEASED", releasedAt: now })
            .where(and(eq(grades.sectionId, section.id), eq(grades.state, "DRAFT"), inArray(grades.studentId, enrolledStudentIds)))
            .returning({ studentId: grades.studentId, grade: grades.grade })
        : [];
      if (released.length === 0) {
        if (locked!.releasedAt) return { released_count: 0, released_at: locked!.releasedAt.toISOString() };
        throw fail.precondition("There are no grades to release yet: enter grades for the enrolled students first.");
      }
      await tx.insert(gradeChanges).values(
        released.map((g) => ({ sectionId: section.id, studentId: g.studentId, actorId: caller.sub, actorName: caller.name, oldGrade: g.grade, newGrade: g.grade, action: "release", createdAt: now })),
      );
      await tx.update(sectionGrading).set({ releasedAt: now, releasedBy: caller.sub }).where(eq(sectionGrading.sectionId, section.id));
      // Each student whose grade this release made visible is told, in the release's transaction.
      const told = { label: `${locked!.courseCode}-${locked!.sectionCode}`, courseTitle: locked!.courseTitle, termName: locked!.termName };
      await recordNotices(
        (strings, ...values) => tx.execute(sql(strings, ...values)),
        released.map((g) => gradesReleasedNotice(g.studentId, `grades-released:${section.id}:${now.toISOString()}`, told)),
        this.email,
      );
      return { released_count: released.length, released_at: now.toISOString() };
    });
  }

  /** Refuses grading before the term's first day: until then nobody has taken the course. */
  private async requireTermBegun(section: Section, peers: Peers) {
    const term = await peers.getTerm(section.term_id);
    if (term.starts_on > localDate(new Date(), this.timeZone)) {
      const firstDay = formatDate(`${term.starts_on}T12:00:00Z`, "UTC");
      throw fail.precondition(`${term.name} has not begun: grades for ${section.course_code}-${section.code} can be entered and released from its first day, ${firstDay}.`);
    }
  }

  /** Every change of one student's grade in the section, oldest first. */
  async getGradeHistory(caller: Claims, peers: Peers, input: { sectionId: string; studentId: string }) {
    const section = await this.sectionFor(caller, peers, input.sectionId, "instructor-or-admin");
    const studentId = input.studentId.trim().toLowerCase();
    if (!isUuid(studentId)) throw fail.invalid("student_id", fieldMessage("student_id", "must be a student's user id (UUID)."));
    const [changes, users] = await Promise.all([
      this.db
        .select()
        .from(gradeChanges)
        .where(and(eq(gradeChanges.sectionId, section.id), eq(gradeChanges.studentId, studentId)))
        .orderBy(asc(gradeChanges.createdAt)),
      peers.findUsers([studentId], []),
    ]);
    return {
      student_id: studentId,
      student_name: users[0]?.name ?? "",
      changes: changes.map((c) => ({
        changed_at: c.createdAt.toISOString(),
        actor_id: c.actorId,
        actor_name: c.actorName,
        old_grade: c.oldGrade ?? "",
        new_grade: c.newGrade,
        reason: c.reason,
        action: c.action,
      })),
    };
  }

  /** How many students have each grade (drafts included), in scale order. */
  async getGradeDistribution(caller: Claims, peers: Peers, sectionId: string) {
    const section = await this.sectionFor(caller, peers, sectionId, "instructor-or-admin");
    const [scale, sizes, counted] = await Promise.all([
      this.gradeScale(),
      peers.rosterSizes([section.id]),
      this.db.select({ grade: grades.grade, count: count() }).from(grades).where(eq(grades.sectionId, section.id)).groupBy(grades.grade),
    ]);
    const countOf = new Map(counted.map((c) => [c.grade, Number(c.count)]));
    return {
      counts: scale.codes.map((code) => ({ grade: code, count: countOf.get(code) ?? 0 })),
      graded: counted.reduce((sum, c) => sum + Number(c.count), 0),
      enrolled: sizes[0]?.enrolled ?? section.enrolled,
    };
  }

  /**
   * The section, once the caller may act on it. The role is checked before the section is
   * looked up (permission before existence); then ownership: faculty only for their own.
   */
  private async sectionFor(caller: Claims, peers: Peers, sectionId: string, access: Access): Promise<Section> {
    const allowedRoles: Claims["role"][] = access === "instructor" ? ["FACULTY"] : ["FACULTY", "ADMIN"];
    const client = clientMay(caller, access === "instructor" ? "gradebookWrite" : "gradebookRead");
    if (!client && !allowedRoles.includes(caller.role)) {
      throw fail.forbidden(access === "instructor" ? "Only the section's instructor may change its grades." : "Only the section's instructor or an admin may see its grades.");
    }
    const id = sectionId.trim().toLowerCase();
    if (!isUuid(id)) throw fail.invalid("section_id", fieldMessage("section_id", "must be a section id (UUID)."));
    const section = await peers.getSection(id);
    if (caller.role === "FACULTY" && section.instructor_id !== caller.sub) throw fail.forbidden("You do not teach this section.");
    return section;
  }

  /**
   * The course and term facts of a section as `section_grading` keeps them: copied from the
   * catalog when its first grade is written (so students' reads need no other service), with
   * the instructor kept current.
   */
  private async sectionFacts(section: Section, peers: Peers): Promise<SectionFacts> {
    const existing = await this.gradingFacts(section.id);
    if (existing) return { ...existing, instructorId: section.instructor_id };
    const term = await peers.getTerm(section.term_id);
    return {
      sectionId: section.id,
      instructorId: section.instructor_id,
      termId: term.id,
      termCode: term.code,
      termName: term.name,
      termStartsOn: term.starts_on,
      courseId: section.course_id,
      courseCode: section.course_code,
      courseTitle: section.course_title,
      sectionCode: section.code,
      credits: section.credits,
    };
  }

  /**
   * Writes grades inside a transaction. Upserting the section's facts first also locks its
   * row, so writes and releases of one section happen one at a time. Unchanged grades are skipped; a
   * released grade keeps its state and is changed only with a reason (otherwise it is returned
   * as a problem and nothing is written). Every change gets an audit entry.
   */
  private async writeGrades(tx: Tx, facts: SectionFacts, writes: GradeWrite[], caller: Claims, reason: string, action: "set" | "import" | "lms") {
    const { sectionId } = facts;
    await tx.insert(sectionGrading).values(facts).onConflictDoUpdate({ target: sectionGrading.sectionId, set: { instructorId: facts.instructorId } });
    if (writes.length === 0) return { problems: [] };
    const existing = await tx
      .select()
      .from(grades)
      .where(and(eq(grades.sectionId, sectionId), inArray(grades.studentId, writes.map((w) => w.studentId))));
    const before = new Map(existing.map((g) => [g.studentId, g]));
    const changed = writes.filter((w) => before.get(w.studentId)?.grade !== w.grade);
    const problems = changed.filter((w) => before.get(w.studentId)?.state === "RELEASED" && !reason);
    if (problems.length || changed.length === 0) return { problems };
    const now = new Date();
    await tx
      .insert(grades)
      .values(changed.map((w) => ({ sectionId, studentId: w.studentId, grade: w.grade, state: "DRAFT", updatedAt: now, updatedBy: caller.sub })))
      .onConflictDoUpdate({
        target: [grades.sectionId, grades.studentId],
        set: { grade: sql`excluded.grade`, updatedAt: sql`excluded.updated_at`, updatedBy: sql`excluded.updated_by` },
      });
    await tx.insert(gradeChanges).values(
      changed.map((w) => {
        const old = before.get(w.studentId);
        return {
          sectionId,
          studentId: w.studentId,
          actorId: caller.sub,
          // An LMS client is named as such in the history (its id is the client's, not a person's).
          actorName: caller.role === "LMS" ? `${caller.name} (LMS)` : caller.name,
          oldGrade: old?.grade ?? null,
          newGrade: w.grade,
          reason,
          action: old?.state === "RELEASED" ? "change" : action,
          createdAt: now,
        };
      }),
    );
    return { problems };
  }

  private async gradesOf(sectionId: string): Promise<GradeRecord[]> {
    return this.db.select().from(grades).where(eq(grades.sectionId, sectionId));
  }

  private async gradingFacts(sectionId: string) {
    const [facts] = await this.db.select().from(sectionGrading).where(eq(sectionGrading.sectionId, sectionId));
    return facts;
  }

  private async gradingSummaries(sectionIds: string[]): Promise<Map<string, GradingSummary>> {
    if (sectionIds.length === 0) return new Map();
    const rows = await this.db
      .select({ sectionId: grades.sectionId, graded: count(), drafts: sql<number>`count(*) filter (where ${grades.state} = 'DRAFT')` })
      .from(grades)
      .where(inArray(grades.sectionId, sectionIds))
      .groupBy(grades.sectionId);
    return new Map(rows.map((r) => [r.sectionId, { graded: Number(r.graded), drafts: Number(r.drafts) }]));
  }
}
