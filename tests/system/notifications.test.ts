// Notifications (docs/notifications.md): a promotion from a waitlist, a skip and a grade release
// each tell the student in the portal and by email, from an outbox written in the event's own
// transaction. The mail goes over real SMTP to a server in this process (tests/support/mail-server.ts):
// exactly once, also when that server was down at the time, and never twice with two senders.
import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newFaculty, newSection, newStudent, newStudents, newTerm, type Person } from "./enrollment-fixtures";
import { nodeDatabaseUrl } from "../../nodes/shared/config";
import { MailSender } from "../../nodes/shared/notifications/mail-sender";
import { createLogger } from "../../nodes/shared/logger";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const SAT_9 = [{ day: "SAT", start_time: "09:00", end_time: "10:00" }];
const open: postgres.Sql[] = [];
afterAll(async () => {
  await Promise.all(open.map((sql) => sql.end({ timeout: 1 })));
});

/** A new student with an email address of their own, set through the API. */
async function studentWithEmail(stack: Stack): Promise<Person & { email: string }> {
  const student = await newStudent(stack);
  const email = `${student.username}@uni.example`;
  const set = await stack.api("/api/v1/me/email", { method: "PUT", token: student.token, body: { email } });
  expect(set.status).toBe(200);
  expect(set.body.user.email).toBe(email);
  return { ...student, email };
}

async function notificationsOf(stack: Stack, student: Person, query = "") {
  const { status, body } = await stack.api(`/api/v1/me/notifications${query}`, { token: student.token });
  expect({ status, body: status === 200 ? "" : body }).toEqual({ status: 200, body: "" });
  return body as { notifications: Array<{ id: string; kind: string; title: string; body: string; link: string; read: boolean; created_at: string }>; unread_count: number; next_page_token: string };
}

/** A full one-seat section (in `term`, else a new one) with `waiting` on its waitlist, and a drop that frees the seat. */
async function fullSection(stack: Stack, waiting: Person[], inTerm?: { id: string }) {
  const term = inTerm ?? (await newTerm(stack));
  const section = await newSection(stack, { termId: term.id, capacity: 1, meetings: SAT_9 });
  const holder = await newStudent(stack);
  const seat = await enroll(stack, holder, section.id);
  expect(seat.body.enrollment.status).toBe("ENROLLED");
  for (const student of waiting) expect((await enroll(stack, student, section.id)).body.enrollment.status).toBe("WAITLISTED");
  const drop = async () => expect((await stack.api(`/api/v1/enrollments/${seat.body.enrollment.id}`, { method: "DELETE", token: holder.token })).status).toBeLessThan(300);
  return { term, section, drop };
}

const label = (section: { course_code: string; code: string }) => `${section.course_code}-${section.code}`;

describe("waitlist promotion", () => {
  test("the promoted student gets exactly one mail with the section's name, and the notice in the portal", async () => {
    const stack = await getStack();
    const student = await studentWithEmail(stack);
    const { section, drop } = await fullSection(stack, [student]);
    await drop();

    const mail = await stack.mail!.waitFor(student.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`You have a seat in ${label(section)}`);
    expect(mail[0]!.text).toContain(`you moved from its waitlist into it`);
    expect(mail[0]!.from).toContain("noreply@localhost");
    // Nothing more arrives later (the outbox row is settled).
    await Bun.sleep(1500);
    expect(stack.mail!.to(student.email)).toHaveLength(1);

    const list = await notificationsOf(stack, student);
    expect(list.unread_count).toBe(1);
    expect(list.notifications).toEqual([expect.objectContaining({ kind: "WAITLIST_PROMOTED", title: `You have a seat in ${label(section)}`, link: "/schedule", read: false })]);
  });

  test("with the mail server down at the time, the mail arrives once it is back, exactly once", async () => {
    const stack = await getStack();
    const student = await studentWithEmail(stack);
    const { drop } = await fullSection(stack, [student]);
    await stack.mail!.stop();
    try {
      await drop();
      // The notice is there at once; the mail is owed.
      expect((await notificationsOf(stack, student)).unread_count).toBe(1);
      await Bun.sleep(1500);
      expect(stack.mail!.to(student.email)).toHaveLength(0);
    } finally {
      await stack.mail!.start();
    }
    const mail = await stack.mail!.waitFor(student.email, 1, 20_000);
    expect(mail).toHaveLength(1);
    await Bun.sleep(1500);
    expect(stack.mail!.to(student.email)).toHaveLength(1);
  });

  test("a student skipped for the seat is told why, once, and keeps their place", async () => {
    const stack = await getStack();
    const [skipped, next] = [await studentWithEmail(stack), await studentWithEmail(stack)];
    const { term, section, drop } = await fullSection(stack, [skipped, next]);
    // A clash: the first in line is not eligible when the seat opens.
    const clash = await newSection(stack, { termId: term.id, capacity: 5, meetings: SAT_9 });
    expect((await enroll(stack, skipped, clash.id)).body.enrollment.status).toBe("ENROLLED");
    await drop();

    const [told] = await stack.mail!.waitFor(skipped.email);
    expect(told!.subject).toBe(`A seat in ${label(section)} went to someone after you`);
    expect(told!.text).toContain("Time conflict");
    expect(told!.text).toContain("You keep your place on the waitlist.");
    expect(await stack.mail!.waitFor(next.email)).toHaveLength(1);
    const list = await notificationsOf(stack, skipped);
    expect(list.notifications.map((n) => n.kind)).toEqual(["WAITLIST_SKIPPED"]);
  });
});

describe("grade release", () => {
  test("each student whose grade was released gets one mail (without the grade) and one notice", async () => {
    const stack = await getStack();
    const faculty = await newFaculty(stack);
    const term = await newTerm(stack, { opensIn: -24 * 60, startsIn: -2, endsIn: 100 });
    const section = await newSection(stack, { termId: term.id, instructorId: faculty.id, capacity: 5 });
    const students = [await studentWithEmail(stack), await studentWithEmail(stack)];
    for (const s of students) expect((await enroll(stack, s, section.id)).body.enrollment.status).toBe("ENROLLED");
    for (const s of students) expect((await stack.api(`/api/v1/sections/${section.id}/grades/${s.id}`, { method: "PUT", token: faculty.token, body: { grade: "A-" } })).status).toBe(200);
    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: faculty.token })).status).toBe(200);
    // Releasing again releases nothing and tells nobody again.
    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: faculty.token })).body.released_count).toBe(0);

    for (const s of students) {
      const mail = await stack.mail!.waitFor(s.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe(`Your grade for ${label(section)} is released`);
      expect(mail[0]!.text).not.toContain("A-");
      const list = await notificationsOf(stack, s);
      expect(list.notifications).toEqual([expect.objectContaining({ kind: "GRADES_RELEASED", link: "/grades", read: false })]);
    }
    await Bun.sleep(1500);
    for (const s of students) expect(stack.mail!.to(s.email)).toHaveLength(1);
  }, 60_000);
});

describe("two senders on one outbox", () => {
  test("never send one message twice", async () => {
    const stack = await getStack();
    const students = await newStudents(stack, 4);
    for (const s of students) await stack.api("/api/v1/me/email", { method: "PUT", token: s.token, body: { email: `${s.username}@uni.example` } });
    const addresses = new Map(students.map((s) => [s.id, `${s.username}@uni.example`]));
    // The stack's own enrollment node sends too: with its sender and two more on the same
    // outbox, four promotions still make four mails.
    const senders = [0, 1].map(() => {
      const sql = postgres(nodeDatabaseUrl(stack.config, "enrollment", "courses"), { max: 2, onnotice: () => {} });
      open.push(sql);
      return new MailSender(sql, async (ids) => new Map(ids.flatMap((id) => (addresses.has(id) ? [[id, addresses.get(id)!] as [string, string]] : []))), {
        smtpUrl: stack.mail!.url,
        from: "EduStream <noreply@localhost>",
        retryMs: 200,
        logger: createLogger("enrollment", "error"),
        pollMs: 20,
      }).start();
    });
    try {
      // One after the other: the admin signs in for each (concurrent sign-ins count as failures).
      const term = await newTerm(stack);
      const sections = [];
      for (const _ of students) sections.push(await fullSection(stack, [], term));
      for (const [i, s] of students.entries()) expect((await enroll(stack, s, sections[i]!.section.id)).body.enrollment.status).toBe("WAITLISTED");
      await Promise.all(sections.map((s) => s.drop()));
      for (const s of students) await stack.mail!.waitFor(addresses.get(s.id)!);
      await Bun.sleep(1500);
      for (const s of students) expect(stack.mail!.to(addresses.get(s.id)!)).toHaveLength(1);
    } finally {
      await Promise.all(senders.map((s) => s.stop()));
    }
  }, 90_000);
});

describe("the portal's list over REST", () => {
  test("newest first, paged with one token across both services, marked read one by one and all at once", async () => {
    const stack = await getStack();
    const faculty = await newFaculty(stack);
    const student = await newStudent(stack);
    // A promotion (enrollment's notice) and then a release (grades' notice).
    const { section, drop } = await fullSection(stack, [student]);
    await drop();
    const term = await newTerm(stack, { opensIn: -24 * 60, startsIn: -2, endsIn: 100 });
    const graded = await newSection(stack, { termId: term.id, instructorId: faculty.id, capacity: 5, meetings: [{ day: "SUN", start_time: "09:00", end_time: "10:00" }] });
    expect((await enroll(stack, student, graded.id)).body.enrollment.status).toBe("ENROLLED");
    expect((await stack.api(`/api/v1/sections/${graded.id}/grades/${student.id}`, { method: "PUT", token: faculty.token, body: { grade: "B" } })).status).toBe(200);
    expect((await stack.api(`/api/v1/sections/${graded.id}/grades/release`, { method: "POST", token: faculty.token })).status).toBe(200);

    const all = await notificationsOf(stack, student);
    expect(all.notifications.map((n) => n.kind)).toEqual(["GRADES_RELEASED", "WAITLIST_PROMOTED"]);
    expect(all.unread_count).toBe(2);
    const first = await notificationsOf(stack, student, "?page_size=1");
    expect(first.notifications.map((n) => n.kind)).toEqual(["GRADES_RELEASED"]);
    const second = await notificationsOf(stack, student, `?page_size=1&page_token=${first.next_page_token}`);
    expect(second.notifications.map((n) => n.title)).toEqual([`You have a seat in ${label(section)}`]);
    expect(second.next_page_token).toBe("");

    // Someone else cannot mark them read: their ids are ignored.
    const other = await newStudent(stack);
    const foreign = await stack.api("/api/v1/me/notifications/read", { token: other.token, body: { ids: [first.notifications[0]!.id] } });
    expect(foreign.body).toEqual({ marked_count: 0, unread_count: 0 });

    const one = await stack.api("/api/v1/me/notifications/read", { token: student.token, body: { ids: [first.notifications[0]!.id] } });
    expect(one.body).toEqual({ marked_count: 1, unread_count: 1 });
    expect((await notificationsOf(stack, student, "?unread_only=true")).notifications.map((n) => n.kind)).toEqual(["WAITLIST_PROMOTED"]);
    const rest = await stack.api("/api/v1/me/notifications/read", { token: student.token, body: { all: true } });
    expect(rest.body).toEqual({ marked_count: 1, unread_count: 0 });
    expect((await notificationsOf(stack, student)).notifications.every((n) => n.read)).toBe(true);

    const empty = await stack.api("/api/v1/me/notifications/read", { token: student.token, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].field).toBe("ids");
  }, 90_000);
});

describe("email addresses", () => {
  test("self-service and admin: validated (the field named), not unique, shown to the account and admins only", async () => {
    const stack = await getStack();
    const student = await newStudent(stack);
    const bad = await stack.api("/api/v1/me/email", { method: "PUT", token: student.token, body: { email: "not an address" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: "email", message: expect.stringContaining("Email address") }]);
    const shared = "family@uni.example";
    expect((await stack.api("/api/v1/me/email", { method: "PUT", token: student.token, body: { email: shared } })).status).toBe(200);
    const boss = await admin(stack);
    const other = await newStudent(stack);
    const patched = await stack.api(`/api/v1/users/${other.id}`, { method: "PATCH", token: boss.token, body: { email: ` ${shared} ` } });
    expect(patched.status).toBe(200);
    expect(patched.body.user.email).toBe(shared);
    expect((await stack.api("/api/v1/me", { token: student.token })).body.user.email).toBe(shared);
    // Faculty looking students up never see their addresses.
    const faculty = await newFaculty(stack);
    const { users } = await stack.client("auth").BatchGetUsers({ ids: [student.id], usernames: [] }, { token: faculty.token });
    expect(users[0]!.email).toBe("");
    const cleared = await stack.api("/api/v1/me/email", { method: "PUT", token: student.token, body: { email: "" } });
    expect(cleared.body.user.email).toBe("");
  });
});
