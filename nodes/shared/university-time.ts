// Instants as the university reads and types them. Times are stored as instants (UTC in the
// database and in the APIs' RFC 3339 strings); people see and enter them as wall-clock times in
// the university's time zone (EDUSTREAM_TIMEZONE, an IANA zone). The conversions use Intl, which
// knows each zone's rules, summer time included.

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl formatter per zone and style (building one is slow; using it is not). */
function formatter(zone: string, style: "display" | "date" | "parts"): Intl.DateTimeFormat {
  const key = `${zone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
      display: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
      date: { day: "numeric", month: "long", year: "numeric" },
      parts: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
    };
    format = new Intl.DateTimeFormat("en-GB", { ...options[style], timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

/** True when Intl knows the zone (an IANA name such as "Europe/Berlin", or "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function asDate(value: string | Date): Date | undefined {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An instant as people read it in the zone: "Sat, 12 Sept 2026, 17:00 CEST" (empty when missing or malformed). */
export function formatDateTime(value: string | Date | undefined, zone: string): string {
  const date = value ? asDate(value) : undefined;
  return date ? formatter(zone, "display").format(date) : "";
}

/** The day of an instant in the zone, in words: "12 March 2026". */
export function formatDate(value: string | Date, zone: string): string {
  const date = asDate(value);
  return date ? formatter(zone, "date").format(date) : "";
}

/** The wall-clock reading of an instant in the zone. */
function wallClock(instant: number, zone: string) {
  const parts = Object.fromEntries(formatter(zone, "parts").formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The zone's offset from UTC at an instant, in milliseconds (CEST: +2 h). */
function offsetAt(instant: number, zone: string): number {
  const c = wallClock(instant, zone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / 1000) * 1000;
}

/** The day an instant falls on in the zone: "2026-09-12". */
export function localDate(value: string | Date, zone: string): string {
  const date = asDate(value);
  if (!date) return "";
  const c = wallClock(date.getTime(), zone);
  return `${String(c.year).padStart(4, "0")}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
}

/** The value of a datetime-local input showing an instant in the zone: "2026-09-12T17:00". */
export function toLocalInput(value: string | undefined, zone: string): string {
  const date = value ? asDate(value) : undefined;
  if (!date) return "";
  const c = wallClock(date.getTime(), zone);
  return `${localDate(date, zone)}T${String(c.hour).padStart(2, "0")}:${String(c.minute).padStart(2, "0")}`;
}

/**
 * The instant of a wall-clock time in the zone ("2026-09-12T17:00" → 15:00 UTC in Berlin), or
 * undefined when the text is not such a time. A time that the clocks skip when summer time starts
 * is read as the same time after the change (02:30 → 03:30); a time that happens twice when it
 * ends is the first of the two (as most calendars do).
 */
export function fromLocalInput(value: string, zone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return undefined;
  // The offsets in force a day either side cover every zone's change; the earliest instant that reads as the wanted time wins.
  const offsets = [...new Set([offsetAt(asUtc - 86_400_000, zone), offsetAt(asUtc, zone), offsetAt(asUtc + 86_400_000, zone)])];
  const candidates = offsets.map((offset) => asUtc - offset).filter((instant) => offsetAt(instant, zone) === asUtc - instant);
  if (candidates.length) return new Date(Math.min(...candidates));
  // In a gap: the time before the change, moved forward by the gap (the offset before it applies).
  return new Date(asUtc - Math.min(...offsets));
}

/** The first instant of a day in the zone ("2026-09-12" → midnight there), or undefined when not a date. */
export function startOfLocalDay(date: string, zone: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? fromLocalInput(`${date}T00:00`, zone) : undefined;
}

/** The first instant after a day in the zone (the next day's midnight there). */
export function endOfLocalDay(date: string, zone: string): Date | undefined {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!start || Number.isNaN(start.getTime())) return undefined;
  return startOfLocalDay(new Date(start.getTime() + 86_400_000).toISOString().slice(0, 10), zone);
}

/** An RFC 3339 instant with its zone ("2026-08-03T08:00:00+02:00"), or undefined when malformed. */
export function parseInstant(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
