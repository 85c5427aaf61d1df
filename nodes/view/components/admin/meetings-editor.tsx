import { text } from "./forms";
import { DAY_NAMES, DAY_SHORT, DAYS } from "../../../shared/schedule";
import type { Meeting } from "../registration/model";

// The meeting times of a section as the admin edits them: rows of "days + start + end" (a row
// without days is ignored), posted as plain form fields so the editor works without JavaScript.

/** The day checkboxes of the meetings editor. */
const DAY_CHOICES = DAYS.map((code) => ({ code, label: DAY_SHORT[code]!, name: DAY_NAMES[code]! }));

/** One row of the meetings editor: the days that share one start and end time. */
export interface MeetingRow {
  days: string[];
  start: string;
  end: string;
}

/** Groups weekly meetings into editor rows by time. */
export function meetingRows(meetings: Meeting[]): MeetingRow[] {
  const rows: MeetingRow[] = [];
  for (const meeting of meetings) {
    const row = rows.find((r) => r.start === meeting.start_time && r.end === meeting.end_time);
    if (row) row.days.push(meeting.day);
    else rows.push({ days: [meeting.day], start: meeting.start_time, end: meeting.end_time });
  }
  return rows;
}

/** The editor rows of a submitted form (`m{i}_days`, `m{i}_start`, `m{i}_end`). */
export function submittedRows(body: Record<string, unknown>): MeetingRow[] {
  const count = Math.min(Number(text(body.meeting_rows, 3)) || 0, 14);
  const rows: MeetingRow[] = [];
  for (let i = 0; i < count; i++) {
    const raw = body[`m${i}_days`];
    const days = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((d): d is string => typeof d === "string" && DAY_CHOICES.some((x) => x.code === d));
    rows.push({ days, start: text(body[`m${i}_start`], 5), end: text(body[`m${i}_end`], 5) });
  }
  return rows;
}

/** The API's meetings list from editor rows, with the row each meeting came from (to place errors). */
export function meetingsFromRows(rows: MeetingRow[]): { meetings: Meeting[]; rowOf: number[]; problems: Record<string, string> } {
  const meetings: Meeting[] = [];
  const rowOf: number[] = [];
  const problems: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (row.days.length === 0) {
      if (row.start || row.end) problems[`m${i}`] = "Choose at least one day for these times, or clear the times.";
      return;
    }
    for (const day of row.days) {
      meetings.push({ day, start_time: row.start, end_time: row.end });
      rowOf.push(i);
    }
  });
  return { meetings, rowOf, problems };
}

/** The rows of the meetings editor, each with its error, and a button adding a row (on the server). */
export function MeetingsEditor(props: { rows: MeetingRow[]; errors: Record<string, string> }) {
  const rows = props.rows.length ? props.rows : [{ days: [], start: "", end: "" }];
  return (
    <fieldset class="mb-4" aria-describedby={props.errors.meetings ? "meetings-error" : "meetings-hint"}>
      <legend class="mb-1 text-sm font-medium">Meeting times</legend>
      <p id="meetings-hint" class="mb-2 text-xs text-slate-500">
        One row per time pattern: tick the days it meets, then its start and end (24-hour). A row without days is ignored.
      </p>
      <input type="hidden" name="meeting_rows" value={String(rows.length)} />
      <div class="space-y-3">
        {rows.map((row, i) => {
          const error = props.errors[`m${i}`];
          return (
            <div class={`rounded border p-3 ${error ? "border-red-400" : "border-slate-200"}`} role="group" aria-label={`Meeting pattern ${i + 1}`} aria-describedby={error ? `m${i}-error` : undefined}>
              <div class="flex flex-wrap gap-x-3 gap-y-1">
                {DAY_CHOICES.map((day) => (
                  <label class="flex items-center gap-1 text-sm">
                    <input type="checkbox" name={`m${i}_days`} value={day.code} checked={row.days.includes(day.code)} />
                    <span aria-hidden="true">{day.label}</span>
                    <span class="sr-only">{day.name}</span>
                  </label>
                ))}
              </div>
              <div class="mt-2 flex flex-wrap gap-3">
                <label class="text-sm">
                  <span class="mb-1 block">Starts</span>
                  <input type="time" name={`m${i}_start`} value={row.start} class="input w-36" step="300" aria-invalid={error ? "true" : undefined} aria-describedby={error ? `m${i}-error` : undefined} />
                </label>
                <label class="text-sm">
                  <span class="mb-1 block">Ends</span>
                  <input type="time" name={`m${i}_end`} value={row.end} class="input w-36" step="300" />
                </label>
              </div>
              {error && (
                <p id={`m${i}-error`} class="mt-1 text-sm text-red-700" safe>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {props.errors.meetings && (
        <p id="meetings-error" class="mt-1 text-sm text-red-700" safe>
          {props.errors.meetings}
        </p>
      )}
      <button type="submit" name="intent" value="add_row" class="btn-secondary btn-small mt-3" formnovalidate>
        Add another meeting pattern
      </button>
    </fieldset>
  );
}
