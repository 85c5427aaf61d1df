import postgres from "postgres";
import { randomUUID } from "node:crypto";
import { databaseUrlFor, type Config } from "../../nodes/shared/config";
import { meetingSummary } from "../../nodes/shared/schedule";
import { COURSES, CURRENT_ENROLLMENTS, DEPARTMENTS, PAST_GRADES, SECTIONS, type DemoSection } from "./demo-catalog";

const FACULTY_NAMES = ["Grace Hopper", "Alan Turing", "Marie Curie", "Rosalind Franklin", "John Nash"];
const STUDENT_FIRST = ["Amara", "Ben", "Chloe", "Diego", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tariq"];
const STUDENT_LAST = ["Okafor", "Nguyen", "Schmidt", "Garcia"];
const DAY_NUMBER = { MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5 } as const;

/** Demo account names: admin, faculty1…5, student1…40. */
export function demoAccounts() {
  return [
    { username: "admin", name: "Avery Admin", role: "ADMIN" },
    ...FACULTY_NAMES.map((name, i) => ({ username: `faculty${i + 1}`, name, role: "FACULTY" })),
    ...Array.from({ length: 40 }, (_, i) => ({
      username: `student${i + 1}`,
      name: `${STUDENT_FIRST[i % 20]} ${STUDENT_LAST[Math.floor(i / 10) % 4]}`,
      role: "STUDENT",
    })),
  ];
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const day = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
function season(date: Date) {
  const month = date.getUTCMonth() + 1;
  const name = month <= 5 ? "Spring" : month <= 7 ? "Summer" : "Fall";
  return { name: `${name} ${date.getUTCFullYear()}`, code: `${date.getUTCFullYear()}${name.slice(0, 2).toUpperCase()}` };
}

/** A seeded ENROLLED row, with the course, credits and meetings every enrollment row keeps (as enroll_attempt writes them). */
function enrollSeeded(tx: postgres.TransactionSql, studentId: string, sectionId: string, termId: string) {
  return tx`
    insert into enrollments (student_id, section_id, term_id, status, course_id, credits, meetings)
    select ${studentId}, s.id, ${termId}, 'ENROLLED', s.course_id, c.credits, section_meeting_ranges(s.id)
    from sections s join courses c on c.id = s.course_id
    where s.id = ${sectionId}`;
}

/**
 * The two demo terms, placed around `now`: the current one began a few days ago and is in its
 * add/drop period (registration open, grading open), the past one finished.
 */
export function demoTerms(now: Date) {
  const currentStart = addDays(now, -3);
  const pastStart = addDays(now, -160);
  return {
    current: {
      ...season(currentStart),
      startsOn: day(currentStart),
      endsOn: day(addDays(currentStart, 110)),
      registrationOpensAt: addDays(now, -30),
      registrationClosesAt: addDays(now, 11),
      addDropDeadline: addDays(now, 10),
    },
    past: {
      ...season(pastStart),
      startsOn: day(pastStart),
      endsOn: day(addDays(pastStart, 110)),
      registrationOpensAt: addDays(pastStart, -60),
      registrationClosesAt: addDays(pastStart, 10),
      addDropDeadline: addDays(pastStart, 14),
    },
  };
}

/** True when the auth database already holds accounts (the seed refuses to run then). */
export async function hasData(config: Config): Promise<boolean> {
  const sql = postgres(databaseUrlFor(config, "auth"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select count(*)::int as n from users`;
    return (row?.n ?? 0) > 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Loads the demo data into the three (migrated, empty) databases: accounts, the catalog of a
 * current and a past term, current enrollments and the past term's released grades.
 */
export async function seedDemoData(config: Config, now = new Date()): Promise<void> {
  const auth = postgres(databaseUrlFor(config, "auth"), { max: 1, onnotice: () => {} });
  const courses = postgres(databaseUrlFor(config, "courses"), { max: 1, onnotice: () => {} });
  const grades = postgres(databaseUrlFor(config, "grades"), { max: 1, onnotice: () => {} });
  try {
    // One hash serves every demo account: they share the password, and each hash is salted anyway.
    const passwordHash = await Bun.password.hash(config.demoPassword, { algorithm: "argon2id", memoryCost: 19456, timeCost: 2 });
    const accounts = demoAccounts().map((a) => ({ id: randomUUID(), ...a }));
    const userId = new Map(accounts.map((a) => [a.username, a.id]));
    const userName = new Map(accounts.map((a) => [a.username, a.name]));
    await auth.begin(async (tx) => {
      for (const a of accounts) {
        await tx`insert into users (id, username, name, role, password_hash) values (${a.id}, ${a.username}, ${a.name}, ${a.role}, ${passwordHash})`;
      }
    });

    const terms = demoTerms(now);
    const termId = { current: randomUUID(), past: randomUUID() };
    const courseId = new Map(COURSES.map((c) => [c.code, randomUUID()]));
    const sectionId = new Map<DemoSection, string>(SECTIONS.map((s) => [s, randomUUID()]));
    const sectionOf = (term: "past" | "current", courseCode: string, code?: string) =>
      SECTIONS.find((s) => s.term === term && s.courseCode === courseCode && (code === undefined || s.code === code));
    const pastEnrollments = PAST_GRADES.map((g) => ({ ...g, section: sectionOf("past", g.courseCode) })).filter((g) => g.section);

    const releasedAt = addDays(new Date(terms.past.endsOn), 5);
    const gradedSections = new Set(pastEnrollments.map((g) => g.section!));
    await courses.begin(async (tx) => {
      for (const key of ["past", "current"] as const) {
        const t = terms[key];
        await tx`insert into terms (id, code, name, starts_on, ends_on, registration_opens_at, registration_closes_at, add_drop_deadline)
          values (${termId[key]}, ${t.code}, ${t.name}, ${t.startsOn}, ${t.endsOn}, ${t.registrationOpensAt}, ${t.registrationClosesAt}, ${t.addDropDeadline})`;
      }
      for (const d of DEPARTMENTS) await tx`insert into departments (code, name) values (${d.code}, ${d.name})`;
      for (const c of COURSES) {
        await tx`insert into courses (id, code, title, description, credits, department) values (${courseId.get(c.code)!}, ${c.code}, ${c.title}, ${c.description}, ${c.credits}, ${c.department})`;
      }
      for (const c of COURSES) {
        for (const p of c.prerequisites) await tx`insert into course_prerequisites (course_id, prerequisite_id) values (${courseId.get(c.code)!}, ${courseId.get(p)!})`;
      }
      const enrolledCount = new Map<DemoSection, number>();
      for (const e of CURRENT_ENROLLMENTS) {
        const s = sectionOf("current", e.courseCode, e.sectionCode)!;
        enrolledCount.set(s, (enrolledCount.get(s) ?? 0) + 1);
      }
      for (const g of pastEnrollments) enrolledCount.set(g.section!, (enrolledCount.get(g.section!) ?? 0) + 1);
      for (const s of SECTIONS) {
        const id = sectionId.get(s)!;
        // The meetings' summary (days, first start, last end) as the course node writes it with them.
        const summary = meetingSummary(s.meetings.map((m) => ({ day: DAY_NUMBER[m.day], startMinute: minutes(m.start), endMinute: minutes(m.end) })));
        await tx`insert into sections (id, course_id, term_id, code, instructor_id, instructor_name, room, meeting_days, first_start_minute, last_end_minute)
          values (${id}, ${courseId.get(s.courseCode)!}, ${termId[s.term]}, ${s.code}, ${userId.get(s.instructor)!}, ${userName.get(s.instructor)!}, ${s.room}, ${summary.meetingDays}, ${summary.firstStartMinute}, ${summary.lastEndMinute})`;
        for (const m of s.meetings) {
          await tx`insert into section_meetings (section_id, day, start_minute, end_minute) values (${id}, ${DAY_NUMBER[m.day]}, ${minutes(m.start)}, ${minutes(m.end)})`;
        }
        const enrolled = enrolledCount.get(s) ?? 0;
        // A section whose grades were released has a final roster (no drop or withdrawal).
        await tx`insert into section_seats (section_id, capacity, enrolled, grades_released_at)
          values (${id}, ${Math.max(s.capacity, enrolled)}, ${enrolled}, ${gradedSections.has(s) ? releasedAt : null})`;
      }
      for (const e of CURRENT_ENROLLMENTS) {
        const s = sectionOf("current", e.courseCode, e.sectionCode)!;
        await enrollSeeded(tx, userId.get(e.student)!, sectionId.get(s)!, termId.current);
      }
      for (const g of pastEnrollments) {
        await enrollSeeded(tx, userId.get(g.student)!, sectionId.get(g.section!)!, termId.past);
      }
    });

    await grades.begin(async (tx) => {
      for (const s of gradedSections) {
        const course = COURSES.find((c) => c.code === s.courseCode)!;
        await tx`insert into section_grading (section_id, instructor_id, term_id, term_code, term_name, term_starts_on, course_id, course_code, course_title, section_code, credits, released_at, released_by)
          values (${sectionId.get(s)!}, ${userId.get(s.instructor)!}, ${termId.past}, ${terms.past.code}, ${terms.past.name}, ${terms.past.startsOn},
                  ${courseId.get(course.code)!}, ${course.code}, ${course.title}, ${s.code}, ${course.credits}, ${releasedAt}, ${userId.get(s.instructor)!})`;
      }
      for (const g of pastEnrollments) {
        const instructor = userId.get(g.section!.instructor)!;
        await tx`insert into grades (section_id, student_id, grade, state, updated_at, updated_by, released_at)
          values (${sectionId.get(g.section!)!}, ${userId.get(g.student)!}, ${g.grade}, 'RELEASED', ${releasedAt}, ${instructor}, ${releasedAt})`;
        await tx`insert into grade_changes (section_id, student_id, actor_id, actor_name, old_grade, new_grade, reason, action, created_at)
          values (${sectionId.get(g.section!)!}, ${userId.get(g.student)!}, ${instructor}, ${userName.get(g.section!.instructor)!}, null, ${g.grade}, '', 'set', ${releasedAt})`;
      }
    });
  } finally {
    await Promise.all([auth.end({ timeout: 5 }), courses.end({ timeout: 5 }), grades.end({ timeout: 5 })]);
  }
}
