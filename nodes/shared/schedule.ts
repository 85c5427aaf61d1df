// Weekly meeting times, shared by the course service (room and instructor clashes), the
// enrollment service (a student's time conflicts) and the pages. Stored as day 1 (Monday) to 7
// and minutes after midnight; the APIs write "MON" and "HH:MM"; people read
// "Mon, Wed, Fri 09:00–09:50" (describeMeetings, the one formatter for messages and pages).

export const DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type DayName = (typeof DAYS)[number];

/** Days as people read them: short ("Mon") and in full ("Monday"), by API code. */
export const DAY_SHORT: Readonly<Record<string, string>> = { MON: "Mon", TUE: "Tue", WED: "Wed", THU: "Thu", FRI: "Fri", SAT: "Sat", SUN: "Sun" };
export const DAY_NAMES: Readonly<Record<string, string>> = { MON: "Monday", TUE: "Tuesday", WED: "Wednesday", THU: "Thursday", FRI: "Friday", SAT: "Saturday", SUN: "Sunday" };

/** A meeting as stored: day 1-7, start and end in minutes after midnight. */
export interface StoredMeeting {
  day: number;
  startMinute: number;
  endMinute: number;
}

/** A meeting as the APIs show it. */
export interface MeetingText {
  day: string;
  start_time: string;
  end_time: string;
}

/** "HH:MM" → minutes after midnight, or undefined when malformed. "24:00" is allowed as an end. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

/** Minutes after midnight → "HH:MM". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A stored meeting in API form. */
export function meetingText(m: StoredMeeting): MeetingText {
  return { day: DAYS[m.day - 1] ?? "MON", start_time: formatClock(m.startMinute), end_time: formatClock(m.endMinute) };
}

/**
 * Weekly meetings as people read them, days sharing a time grouped, by day then time:
 * "Mon, Wed, Fri 09:00–09:50; Tue 14:00–15:15". Takes stored or API meetings.
 */
export function describeMeetings(meetings: ReadonlyArray<StoredMeeting | MeetingText>, none = "Times to be announced"): string {
  const stored = meetings.map((m) => ("startMinute" in m ? m : parseMeeting(m))).filter((m): m is StoredMeeting => typeof m !== "string");
  if (stored.length === 0) return none;
  const groups = new Map<string, string[]>();
  for (const m of [...stored].sort((a, b) => a.day - b.day || a.startMinute - b.startMinute)) {
    const times = `${formatClock(m.startMinute)}–${formatClock(m.endMinute)}`;
    groups.set(times, [...(groups.get(times) ?? []), DAY_SHORT[DAYS[m.day - 1] ?? "MON"]!]);
  }
  return [...groups].map(([times, days]) => `${days.join(", ")} ${times}`).join("; ");
}

/** Parses an API meeting; returns a problem message instead when it is not valid. */
export function parseMeeting(m: MeetingText): StoredMeeting | string {
  const day = DAYS.indexOf(m.day.trim().toUpperCase() as DayName) + 1;
  if (day === 0) return `Day "${m.day}" is not valid: use MON, TUE, WED, THU, FRI, SAT or SUN.`;
  const startMinute = parseClock(m.start_time);
  const endMinute = parseClock(m.end_time);
  if (startMinute === undefined || endMinute === undefined) return "Meeting times must be 24-hour HH:MM, e.g. 09:30.";
  if (endMinute <= startMinute) return `A meeting must end after it starts (${m.start_time}-${m.end_time}).`;
  return { day, startMinute, endMinute };
}

/** True when two meetings share a day and their times overlap (touching ends do not). */
export function meetingsOverlap(a: StoredMeeting, b: StoredMeeting): boolean {
  return a.day === b.day && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
}

/** The first pair of overlapping meetings of two weekly schedules, if any. */
export function firstOverlap(a: readonly StoredMeeting[], b: readonly StoredMeeting[]): [StoredMeeting, StoredMeeting] | undefined {
  for (const x of a) for (const y of b) if (meetingsOverlap(x, y)) return [x, y];
  return undefined;
}

/** A section's meetings in short, as the catalog's day and time filters read them (columns of `sections`). */
export interface MeetingSummary {
  /** A bit per day it meets: Monday 1, Tuesday 2 … Sunday 64; 0 without meetings. */
  meetingDays: number;
  firstStartMinute: number | null;
  lastEndMinute: number | null;
}

/** The summary of a section's meetings, written with them. */
export function meetingSummary(meetings: readonly StoredMeeting[]): MeetingSummary {
  if (meetings.length === 0) return { meetingDays: 0, firstStartMinute: null, lastEndMinute: null };
  return {
    meetingDays: meetings.reduce((days, m) => days | dayBit(m.day), 0),
    firstStartMinute: Math.min(...meetings.map((m) => m.startMinute)),
    lastEndMinute: Math.max(...meetings.map((m) => m.endMinute)),
  };
}

/** The bit of a day (1 Monday … 7 Sunday) in a meeting-days mask. */
export const dayBit = (day: number) => 1 << (day - 1);
