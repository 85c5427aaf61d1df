import { ScrollRegion } from "../table";
import { DAYS } from "../../../shared/schedule";
import { minutesOf, type Meeting } from "./model";
import { DAY_NAMES } from "../../../shared/schedule";

/** One class meeting to place on the week. */
export interface TimetableEntry {
  label: string;
  title: string;
  room: string;
  meeting: Meeting;
  waitlistPosition?: number;
}

interface Block {
  start: number;
  end: number;
  entries: TimetableEntry[];
}

// Row height per slot length, so that an hour is always about 4.5rem tall. Literal class names
// keep Tailwind able to find them.
const ROW_HEIGHT: Record<number, string> = { 5: "h-1.5", 10: "h-3", 15: "h-[1.125rem]", 20: "h-6", 30: "h-9", 60: "h-18" };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Meetings of one day merged into blocks: overlapping classes share one block. */
function dayBlocks(entries: TimetableEntry[]): Block[] {
  const sorted = [...entries].sort((a, b) => minutesOf(a.meeting.start_time) - minutesOf(b.meeting.start_time));
  const blocks: Block[] = [];
  for (const entry of sorted) {
    const start = minutesOf(entry.meeting.start_time);
    const end = minutesOf(entry.meeting.end_time);
    const last = blocks.at(-1);
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.entries.push(entry);
    } else blocks.push({ start, end, entries: [entry] });
  }
  return blocks;
}

function EntryText(props: { entry: TimetableEntry }) {
  const { entry } = props;
  return (
    <div class="leading-tight">
      <span class="block font-semibold" safe>
        {entry.label}
      </span>
      <span class="block" safe>
        {`${entry.meeting.start_time}–${entry.meeting.end_time}`}
      </span>
      {!!entry.room && (
        <span class="block" safe>
          {entry.room}
        </span>
      )}
      {entry.waitlistPosition !== undefined && <span class="block font-medium" safe>{`Waitlist #${entry.waitlistPosition}`}</span>}
    </div>
  );
}

/**
 * The week as a grid (days as columns, time as rows, each class spanning its minutes) on wider
 * screens, and as a day-by-day list on phones. Waitlisted classes are drawn dashed.
 */
export function Timetable(props: { entries: TimetableEntry[] }) {
  const { entries } = props;
  if (!entries.length) return <></>;
  const days = DAYS.filter((day, i) => i < 5 || entries.some((e) => e.meeting.day === day));
  const starts = entries.map((e) => minutesOf(e.meeting.start_time));
  const ends = entries.map((e) => minutesOf(e.meeting.end_time));
  const first = Math.floor(Math.min(...starts) / 60) * 60;
  const last = Math.ceil(Math.max(...ends) / 60) * 60;
  const exact = [...starts, ...ends].reduce((g, m) => gcd(g, m - first), 60);
  const slot = [30, 20, 15, 10, 5].find((s) => exact % s === 0) ?? 5;
  const slotsPerHour = 60 / slot;
  const rows = (last - first) / slot;
  const blocksByDay = new Map(days.map((day) => [day, dayBlocks(entries.filter((e) => e.meeting.day === day))]));
  const slotOf = (minute: number) => Math.round((minute - first) / slot);
  return (
    <>
      <ScrollRegion class="hidden sm:block">
        <table class="w-full min-w-[36rem] table-fixed border-collapse text-xs">
          <caption class="sr-only">Weekly timetable: days across, times down</caption>
          <thead>
            <tr>
              <th scope="col" class="w-14 border-b border-slate-300 p-1 text-left font-medium text-slate-500">
                Time
              </th>
              {days.map((day) => (
                <th scope="col" class="border-b border-slate-300 p-1 text-left font-semibold" safe>
                  {DAY_NAMES[day] ?? day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => {
              const hourStart = row % slotsPerHour === 0;
              return (
                <tr class={ROW_HEIGHT[slot] ?? "h-1.5"}>
                  {hourStart && (
                    <th scope="row" rowspan={String(Math.min(slotsPerHour, rows - row))} class="border-t border-slate-200 pr-1 text-left align-top font-normal text-slate-500" safe>
                      {`${String((first + row * slot) / 60).padStart(2, "0")}:00`}
                    </th>
                  )}
                  {days.map((day) => {
                    const blocks = blocksByDay.get(day) ?? [];
                    const starting = blocks.find((b) => slotOf(b.start) === row);
                    if (starting) {
                      const span = Math.max(1, slotOf(starting.end) - row);
                      const waitlistOnly = starting.entries.every((e) => e.waitlistPosition !== undefined);
                      return (
                        <td
                          rowspan={String(span)}
                          class={`border-2 border-white p-1 align-top ${waitlistOnly ? "border-dashed !border-amber-500 bg-amber-50 text-amber-950" : starting.entries.length > 1 ? "border-l-4 !border-l-red-600 bg-red-50 text-red-950" : "border-l-4 !border-l-indigo-600 bg-indigo-50 text-indigo-950"}`}
                        >
                          {starting.entries.length > 1 && <span class="block font-semibold text-red-800">Overlap</span>}
                          {starting.entries.map((entry) => (
                            <EntryText entry={entry} />
                          ))}
                        </td>
                      );
                    }
                    if (blocks.some((b) => slotOf(b.start) < row && row < slotOf(b.end))) return <></>;
                    return <td class={hourStart ? "border-t border-slate-200" : ""}></td>;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <div class="space-y-4 sm:hidden">
        {days
          .filter((day) => (blocksByDay.get(day) ?? []).length > 0)
          .map((day) => (
            <section>
              <h3 class="font-semibold" safe>
                {DAY_NAMES[day] ?? day}
              </h3>
              <ul class="mt-1 space-y-1">
                {(blocksByDay.get(day) ?? []).flatMap((block) =>
                  block.entries.map((entry) => (
                    <li class={`rounded border-l-4 bg-white p-2 text-sm shadow-sm ${entry.waitlistPosition !== undefined ? "border-amber-500" : "border-indigo-600"}`}>
                      <span class="font-medium" safe>
                        {`${entry.meeting.start_time}–${entry.meeting.end_time} ${entry.label}`}
                      </span>
                      <span class="block text-slate-600" safe>
                        {[entry.title, entry.room, entry.waitlistPosition !== undefined ? `waitlist #${entry.waitlistPosition}` : ""].filter(Boolean).join(" · ")}
                      </span>
                    </li>
                  )),
                )}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}
