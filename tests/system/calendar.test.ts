// The schedule as iCalendar against the real stack, read back with ical.js (a well-kept parser):
// one weekly event per meeting from the first matching weekday of the term to its last day, in
// the university's zone across a summer-time change (a second gateway configured for New York),
// hostile titles and rooms escaped; the subscription address without a session, its secret,
// regeneration, revocation and throttle; who may do what.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import ICAL from "ical.js";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { startGateway } from "../../nodes/gateway/main";
import { getStack, gatewayApi, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, enroll, newCourse, newFaculty, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ZONE = "America/New_York";
const PASSWORD = "Correct-Horse-Battery-9";
const HOSTILE_TITLE = 'Ethics; "Law", <script>alert(1)</script> & \\ Society';
const HOSTILE_ROOM = "Hall B, Room 1; END:VEVENT";
let stack: Stack;
let newYork: ReturnType<typeof startGateway>;
let nyApi: Stack["api"];

beforeAll(async () => {
  stack = await getStack();
  newYork = startGateway({ ...stack.config, timeZone: ZONE }, 0);
  nyApi = gatewayApi(`http://127.0.0.1:${newYork.port}`);
}, 60_000);

afterAll(async () => {
  await newYork.shutdown();
});

interface Occurrence {
  summary: string;
  location: string;
  description: string;
  uid: string;
  starts: string[];
  zone: string;
}

/** The events of an iCalendar text, each with every occurrence of its recurrence (UTC, ISO). */
function occurrences(ics: string): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 100; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    return { summary: event.summary, location: event.location, description: event.description, uid: event.uid, starts, zone: event.startDate.zone?.tzid ?? "" };
  });
}

/** A term across New York's change to summer time (9 March 2031) with a student in two sections. */
async function studentWithClasses() {
  const term = await newTerm(stack); // 2031-01-10 (a Friday) to 2031-05-10
  const hostile = await newCourse(stack, { title: HOSTILE_TITLE });
  const [mondayWednesday, tuesday] = await Promise.all([
    newSection(stack, { termId: term.id, courseId: hostile.id, room: HOSTILE_ROOM, meetings: [{ day: "MON", start_time: "09:00", end_time: "09:50" }, { day: "WED", start_time: "09:00", end_time: "09:50" }] }),
    newSection(stack, { termId: term.id, meetings: [{ day: "TUE", start_time: "14:00", end_time: "15:15" }] }),
  ]);
  const student = await newStudent(stack);
  for (const section of [mondayWednesday, tuesday]) expect((await enroll(stack, student, section.id)).status).toBe(201);
  return { term, mondayWednesday, tuesday, student };
}

const ics = (api: Stack["api"], path: string, token?: string, headers?: Record<string, string>) => api(path, { token, headers });

describe("schedule export (.ics)", () => {
  test("one weekly event per meeting from the first matching weekday to the term's end, in the zone across summer time, hostile text escaped", async () => {
    const { term, mondayWednesday, tuesday, student } = await studentWithClasses();
    const answer = await ics(nyApi, `/api/v1/me/schedule.ics?term=${term.id}`, student.token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(answer.headers.get("content-disposition")).toBe(`attachment; filename="schedule-${term.code}.ics"`);
    const text = answer.body as string;
    expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${ZONE}`);
    expect(text).toContain("LOCATION:Hall B\\, Room 1\\; END:VEVENT\r\n");
    expect(text.split("\r\n").filter((line) => line === "END:VEVENT")).toHaveLength(3);

    const events = occurrences(text);
    expect(events).toHaveLength(3);
    const label = `${mondayWednesday.course_code}-001`;
    const monday = events.find((e) => e.uid === `${mondayWednesday.id}-MON-0900@edustream`)!;
    const wednesday = events.find((e) => e.uid === `${mondayWednesday.id}-WED-0900@edustream`)!;
    const tuesdays = events.find((e) => e.uid === `${tuesday.id}-TUE-1400@edustream`)!;
    // The parser gives back exactly what was stored: the text was escaped, not cut or injected.
    expect(monday.summary).toBe(`${label} ${HOSTILE_TITLE}`);
    expect(monday.location).toBe(HOSTILE_ROOM);
    expect(monday.description).toContain(`Instructor: ${mondayWednesday.instructor_name}`);
    expect(monday.zone).toBe(ZONE);
    // The term starts on Friday 10 January: Monday 13, Wednesday 15, Tuesday 14 come first.
    expect(monday.starts[0]).toBe("2031-01-13T14:00:00.000Z"); // 09:00 EST
    expect(wednesday.starts[0]).toBe("2031-01-15T14:00:00.000Z");
    expect(tuesdays.starts[0]).toBe("2031-01-14T19:00:00.000Z"); // 14:00 EST
    // After 9 March the wall clock stays at 09:00: 13:00 UTC (EDT).
    expect(monday.starts).toContain("2031-03-03T14:00:00.000Z");
    expect(monday.starts).toContain("2031-03-10T13:00:00.000Z");
    // Every week until the last day (Saturday 10 May): the last Monday is 5 May.
    expect(monday.starts.at(-1)).toBe("2031-05-05T13:00:00.000Z");
    expect(monday.starts).toHaveLength(17);
    expect(new Set(monday.starts.map((s) => new Date(s).getUTCDay()))).toEqual(new Set([1]));

    // The same schedule keeps its entity tag: a calendar app's revalidation costs a 304.
    const again = await ics(nyApi, `/api/v1/me/schedule.ics?term=${term.id}`, student.token, { "if-none-match": answer.headers.get("etag")! });
    expect(again.status).toBe(304);
  }, 90_000);

  test("only a signed-in student gets their own schedule; dropped and other terms' sections are left out", async () => {
    const { term, mondayWednesday, student } = await studentWithClasses();
    const other = await newStudent(stack);
    expect((await ics(stack.api, `/api/v1/me/schedule.ics?term=${term.id}`)).status).toBe(401);
    const faculty = await newFaculty(stack);
    expect((await ics(stack.api, `/api/v1/me/schedule.ics?term=${term.id}`, faculty.token)).status).toBe(403);
    expect((await ics(stack.api, `/api/v1/me/schedule.ics?term=${term.id}`, (await admin(stack)).token)).status).toBe(403);
    expect(occurrences((await ics(stack.api, `/api/v1/me/schedule.ics?term=${term.id}`, other.token)).body)).toHaveLength(0);
    const unknown = await ics(stack.api, "/api/v1/me/schedule.ics?term=NOSUCHTERM", student.token);
    expect(unknown.status).toBe(404);
    const enrollmentId = (await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: student.token })).body.enrollments.find((e: { section_id: string }) => e.section_id === mondayWednesday.id).id;
    expect((await stack.api(`/api/v1/enrollments/${enrollmentId}`, { method: "DELETE", token: student.token })).status).toBe(200);
    expect(occurrences((await ics(stack.api, `/api/v1/me/schedule.ics?term=${term.id}`, student.token)).body)).toHaveLength(1);
  }, 90_000);
});

async function newFeed(student: Person): Promise<string> {
  const made = await stack.api("/api/v1/me/calendar-feed", { method: "POST", token: student.token });
  expect(made.status).toBe(201);
  expect(made.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(made.body.path).toBe(`/api/v1/calendar-feeds/${made.body.token}.ics`);
  return made.body.token;
}

describe("calendar subscription", () => {
  test("the secret address works without a session, shows only its student's classes, is stored hashed, and stops at regeneration and revocation", async () => {
    const a = await studentWithClasses();
    const b = await studentWithClasses();
    const tokenA = await newFeed(a.student);
    const tokenB = await newFeed(b.student);
    const feedA = await stack.api(`/api/v1/calendar-feeds/${tokenA}.ics`);
    expect(feedA.status).toBe(200);
    const uids = occurrences(feedA.body).map((e) => e.uid);
    expect(uids).toHaveLength(3);
    expect(uids.every((uid) => uid.startsWith(a.mondayWednesday.id) || uid.startsWith(a.tuesday.id))).toBe(true);
    expect(occurrences((await stack.api(`/api/v1/calendar-feeds/${tokenB}.ics`)).body).map((e) => e.uid).some((uid) => uids.includes(uid))).toBe(false);
    expect(feedA.body).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H");

    // The portal serves the same address to calendar apps, without setting any cookie.
    const viaPortal = await fetch(`${stack.viewUrl}/calendar/${tokenA}.ics`);
    expect(viaPortal.status).toBe(200);
    expect(viaPortal.headers.getSetCookie()).toEqual([]);
    expect(occurrences(await viaPortal.text()).map((e) => e.uid).sort()).toEqual([...uids].sort());
    const revalidated = await fetch(`${stack.viewUrl}/calendar/${tokenA}.ics`, { headers: { "if-none-match": viaPortal.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);

    const state = await stack.api("/api/v1/me/calendar-feed", { token: a.student.token });
    expect(state.body.active).toBe(true);
    expect(state.body.last_used_at).not.toBe("");
    expect(JSON.stringify(state.body)).not.toContain(tokenA);
    // The database holds the hash only.
    const sql = postgres(databaseUrlFor(stack.config, "courses"), { max: 1 });
    const [stored] = await sql`select token_hash from calendar_feeds where student_id = ${a.student.id}`;
    await sql.end();
    expect(stored!.token_hash).toBe(new Bun.CryptoHasher("sha256").update(tokenA).digest("hex"));

    const renewed = await newFeed(a.student);
    expect((await stack.api(`/api/v1/calendar-feeds/${tokenA}.ics`)).status).toBe(404);
    expect((await stack.api(`/api/v1/calendar-feeds/${renewed}.ics`)).status).toBe(200);
    const revoked = await stack.api("/api/v1/me/calendar-feed", { method: "DELETE", token: a.student.token });
    expect(revoked.body.revoked).toBe(true);
    expect((await stack.api(`/api/v1/calendar-feeds/${renewed}.ics`)).status).toBe(404);
    expect((await fetch(`${stack.viewUrl}/calendar/${renewed}.ics`)).status).toBe(404);
    expect((await stack.api("/api/v1/me/calendar-feed", { token: a.student.token })).body.active).toBe(false);
    // Unknown and malformed addresses are alike.
    expect((await stack.api(`/api/v1/calendar-feeds/${"x".repeat(43)}.ics`)).status).toBe(404);
    expect((await stack.api("/api/v1/calendar-feeds/..%2f..%2fetc.ics")).status).toBe(404);
    expect((await fetch(`${stack.viewUrl}/calendar/nope.ics`)).status).toBe(404);
  }, 120_000);

  test("a subscription is throttled past 60 fetches an hour; only students manage one", async () => {
    const student = await newStudent(stack);
    const token = await newFeed(student);
    for (let i = 0; i < 60; i++) expect((await stack.api(`/api/v1/calendar-feeds/${token}.ics`)).status).toBe(200);
    const throttled = await stack.api(`/api/v1/calendar-feeds/${token}.ics`);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.message).toContain("more than 60 times in the last hour");
    const faculty = await newFaculty(stack);
    for (const method of ["GET", "POST", "DELETE"]) expect((await stack.api("/api/v1/me/calendar-feed", { method, token: faculty.token })).status).toBe(403);
    expect((await stack.api("/api/v1/me/calendar-feed", { method: "POST" })).status).toBe(401);
  }, 90_000);
});

describe("calendar pages", () => {
  test("the schedule links the calendar page; a student downloads the .ics, makes an address (shown once), and revokes it", async () => {
    const { term, student } = await studentWithClasses();
    const browser = await ViewClient.signIn(stack.viewUrl, student.username, PASSWORD);
    const schedule = await browser.request(`/schedule?term=${term.id}`);
    expect(schedule.html).toContain(`href="/schedule/calendar?term=${term.id}"`);
    const page = await browser.request(`/schedule/calendar?term=${term.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("You have no subscription address.");
    const download = await browser.request(`/schedule.ics?term=${term.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="schedule-${term.code}.ics"`);
    expect(occurrences(download.html)).toHaveLength(3);

    const made = await browser.request("/schedule/calendar/feed", { form: {}, htmx: true });
    expect(made.status).toBe(200);
    expect(made.headers.get("cache-control")).toBe("no-store");
    const address = made.html.match(/value="(http:\/\/[^"]+\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/)?.[1];
    expect(address).toBeDefined();
    expect(made.text).toContain("Copy it now: it is not shown again.");
    expect((await fetch(address!)).status).toBe(200);
    const later = await browser.request("/schedule/calendar");
    expect(later.text).toContain("You have a subscription address, made");
    expect(later.html).not.toContain(address!);

    const revoked = await browser.request("/schedule/calendar/feed/revoke", { form: {} });
    expect(revoked.status).toBe(303);
    const after = await browser.request(revoked.location!);
    expect(after.text).toContain("Your subscription address was revoked");
    expect((await fetch(address!)).status).toBe(404);
    // Without the CSRF proof nothing happens.
    const forged = await fetch(`${stack.viewUrl}/schedule/calendar/feed`, { method: "POST", headers: { cookie: browser.cookieHeader(), "content-type": "application/x-www-form-urlencoded" }, body: "confirm=1" });
    expect(forged.status).toBe(403);
  }, 90_000);
});
