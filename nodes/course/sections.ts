// Sections: reading them for everyone (seats, waitlist length, meetings); creating, changing and
// cancelling them for admins, with room and instructor clashes refused.
import { eq, sql, type SQL } from "drizzle-orm";
import { courses, sectionMeetings, sections, sectionSeats, terms } from "../../db/courses/schema";
import { pgErrorCode } from "../shared/db";
import { AppError, fail, Validation, type ErrorDetail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { isUuid } from "../shared/ids";
import { decodePageToken, encodePageToken, pageSize } from "../shared/paging";
import { plural } from "../shared/plural";
import { describeMeetings, meetingsOverlap, meetingSummary, parseMeeting, type MeetingText, type StoredMeeting } from "../shared/schedule";
import { escapeLike, requireAdmin, type AdminCaller, type CatalogStore, type Db } from "./catalog-store";
import { recordCatalogEvent } from "./registration-events";

const MAX_CAPACITY = 1000;

/** The rules of sections. No gRPC in here. */
export class SectionCatalog {
  constructor(private readonly store: CatalogStore) {}

  private get db(): Db {
    return this.store.db;
  }

  /** One section with seats, waitlist length and meetings. */
  async getSection(id: string) {
    return { section: await this.store.sectionById(id) };
  }

  /** Several sections by id (unknown ids are left out). */
  async batchGetSections(ids: string[]) {
    const valid = [...new Set(ids.filter(isUuid))].slice(0, 1000);
    if (valid.length === 0) return { sections: [] };
    return { sections: await this.store.loadSections(sql`s.id = any(${sql.param(valid)}::uuid[])`) };
  }

  /** Sections by term, course, instructor and text, paged. */
  async listSections(input: { termId: string; courseId: string; instructorId: string; query: string; pageSize: number; pageToken: string }) {
    const size = pageSize(input.pageSize, 50, 200);
    const offset = decodePageToken(input.pageToken);
    const conditions: SQL[] = [sql`true`];
    for (const [field, value, column] of [
      ["term_id", input.termId, sql`s.term_id`],
      ["course_id", input.courseId, sql`s.course_id`],
      ["instructor_id", input.instructorId, sql`s.instructor_id`],
    ] as const) {
      if (!value) continue;
      if (!isUuid(value)) throw fail.invalid(field, fieldMessage(field, "must be an id."));
      conditions.push(sql`${column} = ${value}`);
    }
    const text = input.query.trim();
    if (text.length > 200) throw fail.invalid("query", fieldMessage("query", "must be at most 200 characters."));
    if (text) conditions.push(sql`(c.code ilike ${`%${escapeLike(text)}%`} or c.title ilike ${`%${escapeLike(text)}%`})`);
    const where = sql.join(conditions, sql` and `);
    const [list, totals] = await Promise.all([
      this.store.loadSections(where, { size, offset }),
      this.db.execute<{ n: number }>(sql`select count(*)::int as n from sections s join courses c on c.id = s.course_id where ${where}`),
    ]);
    const totalSize = totals[0]?.n ?? 0;
    return { sections: list, next_page_token: offset + size < totalSize ? encodePageToken(offset + size) : "", total_size: totalSize };
  }

  /** Checks meetings: valid, and not overlapping each other. */
  private validMeetings(meetings: MeetingText[]): StoredMeeting[] {
    if (meetings.length > 14) throw fail.invalid("meetings", "A section meets at most 14 times a week.");
    const parsed: StoredMeeting[] = [];
    for (const [i, m] of meetings.entries()) {
      const result = parseMeeting(m);
      if (typeof result === "string") throw fail.invalid(`meetings[${i}]`, result);
      const overlap = parsed.find((p) => meetingsOverlap(p, result));
      if (overlap) throw fail.invalid(`meetings[${i}]`, `Meetings ${describeMeetings([overlap])} and ${describeMeetings([result])} overlap.`);
      parsed.push(result);
    }
    return parsed;
  }

  /** The faculty account to teach a section; refuses other roles, naming instructor_id. */
  private async instructor(caller: AdminCaller, id: string) {
    const user = isUuid(id) ? await this.store.deps.findUser(id, caller.token) : undefined;
    if (!user) throw fail.invalid("instructor_id", "The chosen instructor is not a known account.");
    if (user.role !== "FACULTY") throw fail.invalid("instructor_id", `${user.name} (${user.username}) is not a faculty account: only faculty teach sections.`);
    if (user.disabled) throw fail.invalid("instructor_id", `${user.name} (${user.username}) is disabled.`);
    return user;
  }

  /**
   * Refuses room and instructor double-bookings in the term, naming every clashing section and
   * the times it clashes at ("CS 101-001 on Mon, Wed 09:00–09:50 and CS 102-001 on Tue 10:00–10:50").
   */
  private async checkClashes(tx: Db, candidate: { id?: string; termId: string; room: string; instructorId: string; instructorName: string; meetings: StoredMeeting[] }) {
    if (candidate.meetings.length === 0) return;
    const others = await tx.execute<{ id: string; label: string; room: string; instructor_id: string; day: number; start_minute: number; end_minute: number }>(sql`
      select s.id, c.code || '-' || s.code as label, s.room, s.instructor_id, m.day, m.start_minute, m.end_minute
      from sections s join courses c on c.id = s.course_id join section_meetings m on m.section_id = s.id
      where s.term_id = ${candidate.termId} and s.status = 'ACTIVE'
        and (lower(s.room) = lower(${candidate.room}) or s.instructor_id = ${candidate.instructorId})
        ${candidate.id ? sql`and s.id <> ${candidate.id}` : sql``}
      order by c.code, s.code, m.day, m.start_minute`);
    // The clashing meetings of each other section, by what they share: the room, the instructor or both.
    const clashes = { room: new Map<string, StoredMeeting[]>(), instructor: new Map<string, StoredMeeting[]>() };
    for (const other of others) {
      const theirs = { day: other.day, startMinute: other.start_minute, endMinute: other.end_minute };
      if (!candidate.meetings.some((mine) => meetingsOverlap(mine, theirs))) continue;
      if (other.room.toLowerCase() === candidate.room.toLowerCase()) clashes.room.set(other.label, [...(clashes.room.get(other.label) ?? []), theirs]);
      if (other.instructor_id === candidate.instructorId) clashes.instructor.set(other.label, [...(clashes.instructor.get(other.label) ?? []), theirs]);
    }
    const list = (sections: Map<string, StoredMeeting[]>) => {
      const items = [...sections].map(([label, meetings]) => `${label} on ${describeMeetings(meetings)}`);
      return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
    };
    const sentences: string[] = [];
    const details: ErrorDetail[] = [];
    if (clashes.room.size) {
      const roomName = others.find((o) => o.room.toLowerCase() === candidate.room.toLowerCase())?.room ?? candidate.room;
      sentences.push(`Room ${roomName} is already used by ${list(clashes.room)}.`);
      details.push({ field: "room", message: `Clashes with ${list(clashes.room)}.` });
    }
    if (clashes.instructor.size) {
      sentences.push(`${candidate.instructorName} already teaches ${list(clashes.instructor)}.`);
      details.push({ field: "instructor_id", message: `Clashes with ${list(clashes.instructor)}.` });
    }
    if (sentences.length) throw new AppError("FAILED_PRECONDITION", sentences.join(" "), details);
  }

  /** Creates a section (admin): a faculty instructor, no room or instructor clash, its seat counter. */
  async createSection(caller: AdminCaller, input: { courseId: string; termId: string; code: string; instructorId: string; room: string; meetings: MeetingText[]; capacity: number }) {
    requireAdmin(caller.claims);
    const code = input.code.trim().toUpperCase();
    const room = input.room.trim();
    new Validation()
      .check(isUuid(input.courseId), "course_id", fieldMessage("course_id", "must be a course id."))
      .check(isUuid(input.termId), "term_id", fieldMessage("term_id", "must be a term id."))
      .check(/^[A-Z0-9]{1,8}$/.test(code), "code", fieldMessage("code", "must be 1-8 letters or digits, e.g. 001."))
      .check(room.length >= 1 && room.length <= 40, "room", fieldMessage("room", "is required (1-40 characters)."))
      .check(Number.isInteger(input.capacity) && input.capacity >= 0 && input.capacity <= MAX_CAPACITY, "capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`))
      .throwIfAny();
    const meetings = this.validMeetings(input.meetings);
    const [course] = await this.db.select().from(courses).where(eq(courses.id, input.courseId)).limit(1);
    if (!course) throw fail.invalid("course_id", "The chosen course is not in the catalog.");
    if (course.retired) throw fail.precondition(`${course.code} is retired: it gets no new sections.`);
    const [term] = await this.db.select().from(terms).where(eq(terms.id, input.termId)).limit(1);
    if (!term) throw fail.invalid("term_id", "The chosen term does not exist.");
    const teacher = await this.instructor(caller, input.instructorId);
    const { id, event } = await this.store.writeCatalog(async (tx) => {
      await this.checkClashes(tx, { termId: term.id, room, instructorId: teacher.id, instructorName: teacher.name, meetings });
      let created;
      try {
        [created] = await tx.insert(sections).values({ courseId: course.id, termId: term.id, code, instructorId: teacher.id, instructorName: teacher.name, room, ...meetingSummary(meetings) }).returning();
      } catch (error) {
        if (pgErrorCode(error) === "23505") throw fail.exists(`${course.code} already has a section ${code} in ${term.code}.`, "code");
        throw error;
      }
      if (meetings.length) await tx.insert(sectionMeetings).values(meetings.map((m) => ({ sectionId: created!.id, ...m })));
      // Its seats are registration's: the enrollment node creates the counter from this event.
      return { id: created!.id, event: await recordCatalogEvent(tx, { kind: "SECTION_CREATED", sectionId: created!.id, capacity: input.capacity }) };
    });
    await this.store.registrationFollows(caller, [event]);
    const section = await this.store.sectionById(id);
    await this.store.audit(caller, "section.create", "section", id, `${section.course_code}-${section.code}`, { after: section });
    return { section };
  }

  /**
   * Changes a section (admin). Clashes are refused, and a capacity below the enrolled count. A
   * new capacity or new meetings are written with catalog events in the same transaction;
   * registration follows them after the commit (a raise promotes the waitlist), and the answer
   * says who was promoted and who was passed over.
   */
  async updateSection(caller: AdminCaller, input: { id: string; code?: string; instructorId?: string; room?: string; setMeetings: boolean; meetings: MeetingText[]; capacity?: number }) {
    requireAdmin(caller.claims);
    const before = await this.store.sectionById(input.id);
    if (before.status === "CANCELLED") throw fail.precondition(`${before.course_code}-${before.code} is cancelled and cannot be changed.`);
    const code = input.code?.trim().toUpperCase() ?? before.code;
    const room = input.room?.trim() ?? before.room;
    new Validation()
      .check(/^[A-Z0-9]{1,8}$/.test(code), "code", fieldMessage("code", "must be 1-8 letters or digits, e.g. 001."))
      .check(room.length >= 1 && room.length <= 40, "room", fieldMessage("room", "is required (1-40 characters)."))
      .check(input.capacity === undefined || (Number.isInteger(input.capacity) && input.capacity >= 0 && input.capacity <= MAX_CAPACITY), "capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`))
      .throwIfAny();
    const meetings = input.setMeetings ? this.validMeetings(input.meetings) : before.meetings.map((m) => parseMeeting(m) as StoredMeeting);
    const teacher = input.instructorId !== undefined && input.instructorId !== before.instructor_id ? await this.instructor(caller, input.instructorId) : { id: before.instructor_id, name: before.instructor_name };
    const { events, resize } = await this.store.writeCatalog(async (tx) => {
      await this.checkClashes(tx, { id: before.id, termId: before.term_id, room, instructorId: teacher.id, instructorName: teacher.name, meetings });
      try {
        await tx.update(sections).set({ code, room, instructorId: teacher.id, instructorName: teacher.name, ...meetingSummary(meetings) }).where(eq(sections.id, before.id));
      } catch (error) {
        if (pgErrorCode(error) === "23505") throw fail.exists(`${before.course_code} already has a section ${code} in ${before.term_code}.`, "code");
        throw error;
      }
      const written: string[] = [];
      let resize: string | undefined;
      if (input.capacity !== undefined && input.capacity !== before.capacity) {
        await this.refuseBelowEnrolled(tx, before, input.capacity);
        resize = await recordCatalogEvent(tx, { kind: "SECTION_CAPACITY", sectionId: before.id, capacity: input.capacity });
        written.push(resize);
      }
      if (input.setMeetings) {
        await tx.delete(sectionMeetings).where(eq(sectionMeetings.sectionId, before.id));
        if (meetings.length) await tx.insert(sectionMeetings).values(meetings.map((m) => ({ sectionId: before.id, ...m })));
        written.push(await recordCatalogEvent(tx, { kind: "SECTION_MEETINGS", sectionId: before.id }));
      }
      return { events: written, resize };
    });
    const outcomes = await this.store.registrationFollows(caller, events);
    const resized = outcomes?.find((o) => o.event_id === resize);
    const result = { promoted: resized?.promoted_student_ids.length ?? 0, skipped: resized?.skipped ?? [] };
    const section = await this.store.sectionById(before.id);
    await this.store.audit(caller, "section.update", "section", before.id, `${section.course_code}-${section.code}`, { before, after: section, ...result });
    return { section, ...result };
  }

  /**
   * A capacity below the seats taken is refused before anything commits. The count is read now:
   * a student who enrolls between this read and the enrollment node applying the change keeps
   * the seat (the capacity then stops at the enrolled count).
   */
  private async refuseBelowEnrolled(tx: Db, section: { id: string; course_code: string; code: string }, capacity: number) {
    const [seats] = await tx.select({ enrolled: sectionSeats.enrolled }).from(sectionSeats).where(eq(sectionSeats.sectionId, section.id));
    const enrolled = seats?.enrolled ?? 0;
    if (capacity >= enrolled) return;
    throw new AppError("FAILED_PRECONDITION", `${plural(enrolled, "student")} ${enrolled === 1 ? "is" : "are"} enrolled in ${section.course_code}-${section.code}: the capacity cannot go below ${enrolled}.`, [
      { field: "capacity", message: `At least ${enrolled}.` },
    ]);
  }

  /** Cancels a section (admin); when students are in it, only with confirm. Their enrollments are cancelled. */
  async cancelSection(caller: AdminCaller, input: { id: string; confirm: boolean }) {
    requireAdmin(caller.claims);
    const before = await this.store.sectionById(input.id);
    const label = `${before.course_code}-${before.code}`;
    if (before.status === "CANCELLED") throw fail.precondition(`${label} is already cancelled.`);
    if ((before.enrolled > 0 || before.waitlisted > 0) && !input.confirm) {
      throw new AppError("FAILED_PRECONDITION", `${label} has ${plural(before.enrolled, "enrolled student")} and ${plural(before.waitlisted, "waitlisted student")}: confirm to cancel it and drop them all.`, [
        { field: "confirm", message: "Set confirm to cancel a section that has students." },
      ]);
    }
    // The section and its event commit together; registration cancels its enrollments and waitlist.
    const event = await this.store.writeCatalog(async (tx) => {
      await tx.update(sections).set({ status: "CANCELLED" }).where(eq(sections.id, before.id));
      return recordCatalogEvent(tx, { kind: "SECTION_CANCELLED", sectionId: before.id });
    });
    const affected = (await this.store.registrationFollows(caller, [event]))?.[0]?.affected ?? 0;
    const section = await this.store.sectionById(before.id);
    await this.store.audit(caller, "section.cancel", "section", before.id, label, { label, affected });
    return { section, affected };
  }
}
