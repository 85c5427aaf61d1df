import { sql } from "drizzle-orm";
import { bigint, boolean, check, customType, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { auditEventsTable } from "../audit-events";
import { emailOutboxTable, notificationsTable } from "../notifications";

// ---- Catalog (course service) ----

/** PostgreSQL's full-text document type. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Academic terms with their registration window and add/drop deadline. */
export const terms = pgTable(
  "terms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }).notNull(),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }).notNull(),
    addDropDeadline: timestamp("add_drop_deadline", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("terms_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("terms_registration_check", sql`${t.registrationClosesAt} > ${t.registrationOpensAt}`),
  ],
);

/** Departments that own courses. */
export const departments = pgTable("departments", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
});

/** Courses of the catalog. Retired courses stay for transcripts but get no new sections. */
export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    credits: integer("credits").notNull(),
    department: text("department").notNull().references(() => departments.code),
    retired: boolean("retired").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The code as a search key: letters and digits only, lower case ("CS 101" → "cs101"). */
    codeKey: text("code_key").generatedAlwaysAs(sql`lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))`),
    /** Full-text search: the code weighs most (A), then title words (B), then the description (C). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', code || ' ' || lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))), 'A') || setweight(to_tsvector('english', title), 'B') || setweight(to_tsvector('english', description), 'C')`,
    ),
  },
  (t) => [
    check("courses_credits_check", sql`${t.credits} between 0 and 12`),
    index("courses_department_idx").on(t.department),
    index("courses_search_idx").using("gin", t.searchVector),
    index("courses_code_key_idx").using("btree", sql`${t.codeKey} text_pattern_ops`),
    index("courses_title_trgm_idx").using("gin", sql`${t.title} extensions.gin_trgm_ops`),
  ],
);

/** Course → course it requires (passed first). */
export const coursePrerequisites = pgTable(
  "course_prerequisites",
  {
    courseId: uuid("course_id").notNull().references(() => courses.id, { onDelete: "cascade" }),
    prerequisiteId: uuid("prerequisite_id").notNull().references(() => courses.id),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.prerequisiteId] }), check("course_prerequisites_self_check", sql`${t.courseId} <> ${t.prerequisiteId}`)],
);

/** Sections: one class of a course in a term. Capacity lives with the seat counter. */
export const sections = pgTable(
  "sections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull().references(() => courses.id),
    termId: uuid("term_id").notNull().references(() => terms.id),
    code: text("code").notNull(),
    instructorId: uuid("instructor_id").notNull(),
    /** Copied from the auth service when the section is assigned, so listings need no call. */
    instructorName: text("instructor_name").notNull(),
    room: text("room").notNull(),
    status: text("status").notNull().default("ACTIVE"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Its meetings in short, for the catalog's day and time filters (no scan of the meetings): a
     * bit per day it meets (Monday 1, Tuesday 2, Wednesday 4 … Sunday 64; 0 when no times are
     * set), its earliest start and latest end (null without meetings). The course node writes
     * them with the meetings, in the same transaction (meetingSummary in nodes/shared/schedule.ts).
     */
    meetingDays: smallint("meeting_days").notNull().default(0),
    firstStartMinute: integer("first_start_minute"),
    lastEndMinute: integer("last_end_minute"),
  },
  (t) => [
    unique("sections_course_term_code_key").on(t.courseId, t.termId, t.code),
    check("sections_meeting_days_check", sql`${t.meetingDays} between 0 and 127`),
    index("sections_term_times_idx").on(t.termId, t.firstStartMinute, t.lastEndMinute, t.meetingDays).where(sql`${t.meetingDays} <> 0`),
    check("sections_status_check", sql`${t.status} in ('ACTIVE', 'CANCELLED')`),
    index("sections_term_idx").on(t.termId),
    index("sections_instructor_idx").on(t.instructorId),
    index("sections_course_term_idx").on(t.courseId, t.termId),
    index("sections_instructor_name_trgm_idx").using("gin", sql`${t.instructorName} extensions.gin_trgm_ops`),
  ],
);

/** Weekly meetings of a section: day 1 (Monday) to 7, minutes after midnight. */
export const sectionMeetings = pgTable(
  "section_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id").notNull().references(() => sections.id, { onDelete: "cascade" }),
    day: smallint("day").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
  },
  (t) => [
    check("section_meetings_day_check", sql`${t.day} between 1 and 7`),
    check("section_meetings_time_check", sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.endMinute} > ${t.startMinute}`),
    index("section_meetings_section_idx").on(t.sectionId),
  ],
);

/**
 * One row: a number that every change to the catalog raises in its own transaction (the course
 * node's CatalogStore.writeCatalog, the one way it writes the catalog), and again once the
 * enrollment node has applied the change's seat events, so a cache of catalog reads on any node
 * can tell with one tiny query whether what it holds is still what the database says.
 */
export const catalogVersion = pgTable(
  "catalog_version",
  {
    id: boolean("id").primaryKey().default(true),
    version: bigint("version", { mode: "number" }).notNull().default(1),
  },
  (t) => [check("catalog_version_one_row", sql`${t.id}`)],
);

/**
 * The registration outbox: each catalog change that registration must follow (a new section and
 * its capacity, a capacity change, a cancellation, new meeting times, a course's new credits) is
 * written here by the course node in the transaction that changes the catalog, and applied once
 * by the enrollment node (docs/registration.md, "Who owns what"). The course role may only insert
 * the event's own columns; the enrollment role marks it applied, with its outcome, in the
 * transaction that makes the change, so an event is applied exactly once whoever applies it (the
 * course node's call after its commit, the sweep, the start of an enrollment node).
 */
export const catalogEvents = pgTable(
  "catalog_events",
  {
    /** Chosen by the course node, so it can ask for the outcome without reading the table. */
    id: uuid("id").primaryKey(),
    /** Commit order: catalog writes are serialised by the catalog lock, so events apply in this order. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    kind: text("kind").notNull(),
    sectionId: uuid("section_id"),
    courseId: uuid("course_id"),
    /** The section's capacity (SECTION_CREATED, SECTION_CAPACITY). */
    capacity: integer("capacity"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    /** What applying it did (promoted and skipped students, cancelled rows), for the admin's answer. */
    outcome: jsonb("outcome"),
  },
  (t) => [
    check("catalog_events_kind_check", sql`${t.kind} in ('SECTION_CREATED', 'SECTION_CAPACITY', 'SECTION_CANCELLED', 'SECTION_MEETINGS', 'COURSE_CREDITS')`),
    check("catalog_events_target_check", sql`(${t.kind} = 'COURSE_CREDITS') = (${t.courseId} is not null) and (${t.kind} = 'COURSE_CREDITS') = (${t.sectionId} is null)`),
    check("catalog_events_capacity_check", sql`(${t.kind} in ('SECTION_CREATED', 'SECTION_CAPACITY')) = (${t.capacity} is not null)`),
    index("catalog_events_pending_idx").on(t.seq).where(sql`${t.appliedAt} is null`),
  ],
);

/** Admin actions on the catalog: who, when, what changed. */
export const auditEvents = auditEventsTable();

// ---- Registration (enrollment service) ----

/**
 * One seat counter per section, and how many wait. The CHECK makes the database itself refuse
 * overbooking (invariant 1); seats are taken with a conditional UPDATE in the enrolling
 * transaction. `waitlisted` equals the section's WAITLISTED rows: a student joining is told
 * their place from it, without counting the waitlist (a count grows with the queue, and on
 * registration day the queue is long). Every writer changes it under the section's lock.
 */
export const sectionSeats = pgTable(
  "section_seats",
  {
    sectionId: uuid("section_id").primaryKey().references(() => sections.id, { onDelete: "cascade" }),
    capacity: integer("capacity").notNull(),
    enrolled: integer("enrolled").notNull().default(0),
    waitlisted: integer("waitlisted").notNull().default(0),
    /**
     * When the section's grades were first released (faculty-grades asks enrollment to record it
     * before it releases): from then on the roster is final, no drop or withdrawal, so a released
     * grade never loses its enrollment. Written and read under the section's lock.
     */
    gradesReleasedAt: timestamp("grades_released_at", { withTimezone: true }),
  },
  (t) => [
    check("section_seats_capacity_check", sql`${t.enrolled} >= 0 and ${t.capacity} >= 0 and ${t.enrolled} <= ${t.capacity}`),
    check("section_seats_waitlisted_check", sql`${t.waitlisted} >= 0`),
  ],
);

/** Weekly minutes a section meets: ranges of `meeting_range` (db/courses/registration.sql). */
const int4multirange = customType<{ data: string }>({ dataType: () => "int4multirange" });

/** Global arrival order for waitlists: a sequence, so joining a waitlist touches no shared row. */
export const waitlistSequence = pgSequence("waitlist_seq");

/** A student's place in a section. One row per student per section (invariant 2). */
export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    /**
     * No foreign key either: every enrollment would take a KEY SHARE lock on its section's row
     * (a write to that row and a WAL record per enroll, on the rows every enroll reads).
     * Sections are never deleted (only cancelled), and enroll_attempt takes a seat or a waitlist
     * place only in an existing, active section.
     */
    sectionId: uuid("section_id").notNull(),
    /**
     * The section's term, copied so a student's term schedule is one index lookup. No foreign
     * key: every enrollment of a term would take a KEY SHARE lock on the one term row, a hot
     * spot (multixacts) on registration day; the section id already ties the row to its term.
     */
    termId: uuid("term_id").notNull(),
    status: text("status").notNull(),
    /** Arrival order on the waitlist; lower goes first. */
    waitlistSeq: bigint("waitlist_seq", { mode: "number" }),
    /**
     * The section's course, the course's credits and the section's meetings, kept on the row so
     * the enrolling check reads one table: what the student holds, the credits they add up to and
     * whether a new section clashes with one of them. Written from the live catalog when the row
     * is written; the enrollment node keeps them in step when a course's credits or a section's
     * meetings change (catalog_events).
     */
    courseId: uuid("course_id").notNull(),
    credits: integer("credits").notNull(),
    meetings: int4multirange("meetings").notNull(),
    /**
     * The Idempotency-Key this row was last answered under, and the waitlist place that answer
     * gave (0: it was a seat). A retry with the same key gets that first answer back and takes
     * nothing.
     */
    requestKey: text("request_key"),
    requestPosition: integer("request_position").notNull().default(0),
    /**
     * The last time a free seat was offered to this waitlisted row and passed over (the student
     * was not eligible then), why, and what would make them eligible. Kept while they wait, so
     * their schedule and dashboard can say so; cleared when the row leaves the waitlist.
     */
    skippedAt: timestamp("skipped_at", { withTimezone: true }),
    skipReason: text("skip_reason"),
    skipRemedy: text("skip_remedy"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Section first: the roster and the seat checks read by section; the student's own reads use
    // the (student, term) index.
    unique("enrollments_section_student_key").on(t.sectionId, t.studentId),
    check("enrollments_status_check", sql`${t.status} in ('ENROLLED', 'WAITLISTED', 'DROPPED', 'WITHDRAWN', 'CANCELLED')`),
    check("enrollments_waitlist_check", sql`(${t.status} = 'WAITLISTED') = (${t.waitlistSeq} is not null)`),
    index("enrollments_student_term_idx").on(t.studentId, t.termId),
    index("enrollments_waitlist_idx").on(t.sectionId, t.waitlistSeq).where(sql`${t.status} = 'WAITLISTED'`),
  ],
);

/**
 * A student's calendar subscription (enrollment service): the SHA-256 of its secret, never the
 * secret itself, so a leaked table opens no calendar. One per student; a new one replaces it.
 * `window_started_at` and `window_count` count the fetches of the current hour (the throttle).
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  studentId: uuid("student_id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  windowCount: integer("window_count").notNull().default(0),
});

/**
 * Holds the registrar places on a student (docs/registration.md, "Holds"). A hold whose kind
 * blocks registration (`blocks_registration`, copied from the kind when placed:
 * nodes/enrollment/holds.ts) refuses adding and joining waitlists while it is not lifted
 * (`registration_problems`, db/courses/registration.sql); dropping is never held. Never deleted:
 * lifting records who and when.
 */
export const studentHolds = pgTable(
  "student_holds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    kind: text("kind").notNull(),
    blocksRegistration: boolean("blocks_registration").notNull(),
    reason: text("reason").notNull(),
    /** Whom the student should contact to clear it ("Bursar's Office, bursar@example.edu"). */
    contact: text("contact").notNull(),
    placedBy: uuid("placed_by").notNull(),
    placedByName: text("placed_by_name").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
    liftedBy: uuid("lifted_by"),
    liftedByName: text("lifted_by_name"),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
  },
  (t) => [
    check("student_holds_lifted_check", sql`(${t.liftedAt} is null) = (${t.liftedBy} is null)`),
    index("student_holds_student_idx").on(t.studentId, t.placedAt),
    index("student_holds_active_idx").on(t.studentId).where(sql`${t.liftedAt} is null and ${t.blocksRegistration}`),
  ],
);

/**
 * A term's registration appointment groups (docs/registration.md, "Registration appointments"):
 * students matching a group may add from its start until the window closes. A group matches by
 * credits earned (at least `min_credits`), by class standing, or by an explicit list.
 */
export const appointmentGroups = pgTable(
  "appointment_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** No foreign key: the course node deletes terms and never reads this table. */
    termId: uuid("term_id").notNull(),
    name: text("name").notNull(),
    basis: text("basis").notNull(),
    minCredits: integer("min_credits"),
    standing: text("standing"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("appointment_groups_basis_check", sql`${t.basis} in ('CREDITS', 'STANDING', 'STUDENTS')`),
    check("appointment_groups_rule_check", sql`(${t.basis} = 'CREDITS') = (${t.minCredits} is not null) and (${t.basis} = 'STANDING') = (${t.standing} is not null)`),
    index("appointment_groups_term_idx").on(t.termId, t.startsAt),
  ],
);

/** The students named by an appointment group of basis STUDENTS. */
export const appointmentGroupStudents = pgTable(
  "appointment_group_students",
  {
    groupId: uuid("group_id").notNull().references(() => appointmentGroups.id, { onDelete: "cascade" }),
    studentId: uuid("student_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.studentId] })],
);

/**
 * Each student's appointment in a term, materialised by the enrollment node's "assign
 * appointments" step (at every change of the term's groups, and on the registrar's request) from
 * the groups and the credits earned in the grades database, so enrolling reads one row.
 */
export const registrationAppointments = pgTable(
  "registration_appointments",
  {
    studentId: uuid("student_id").notNull(),
    termId: uuid("term_id").notNull(),
    groupId: uuid("group_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.termId] }), index("registration_appointments_term_idx").on(t.termId, t.startsAt)],
);

/** What students are told, and the email owed for each (db/notifications.ts). */
export const notifications = notificationsTable();
export const emailOutbox = emailOutboxTable(notifications);

// ---- Plans and swaps (enrollment service) ----

/**
 * A student's registration plan for a term: the sections they mean to register for, kept before
 * their registration time and registered together ("Register"). `version` goes up with every
 * change of the plan's sections: a Register's per-section idempotency keys are made of the plan,
 * its version and the section, so pressing Register twice on the same plan answers the same,
 * while a changed plan is a new request.
 */
export const registrationPlans = pgTable(
  "registration_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    /** No foreign key, like enrollments: a plan row per student would lock the term row. */
    termId: uuid("term_id").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("registration_plans_student_term_key").on(t.studentId, t.termId)],
);

/** The sections of a plan, in the order added (Register follows it), with the last Register's outcome. */
export const planSections = pgTable(
  "plan_sections",
  {
    planId: uuid("plan_id").notNull().references(() => registrationPlans.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    /** The last Register's outcome for this section: ENROLLED, WAITLISTED or REFUSED (null: never registered). */
    outcome: text("outcome"),
    /** The waitlist place it answered, when WAITLISTED. */
    position: integer("position").notNull().default(0),
    /** Why it was refused, in the student's words, when REFUSED. */
    reason: text("reason"),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.sectionId] }),
    check("plan_sections_outcome_check", sql`${t.outcome} in ('ENROLLED', 'WAITLISTED', 'REFUSED')`),
  ],
);

/**
 * "Drop A when promoted from B's waitlist": the waitlisted row (B) and the enrolled row (A) that
 * its promotion drops, in the promotion's transaction. Valid for one waitlist place only: the
 * `waitlist_seq` it was made for (a new join takes a new number), so a place left and joined
 * again never inherits a former swap.
 */
export const waitlistSwaps = pgTable("waitlist_swaps", {
  enrollmentId: uuid("enrollment_id").primaryKey(),
  waitlistSeq: bigint("waitlist_seq", { mode: "number" }).notNull(),
  dropEnrollmentId: uuid("drop_enrollment_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
