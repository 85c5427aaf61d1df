import { CsrfField } from "../form";
import { sectionLabel } from "../registration/model";
import { DataTable } from "../table";
import { GradeStateBadge, SectionStateBadge } from "./badges";
import { DistributionChart } from "./distribution-chart";
import { OutcomeMessage } from "./outcome";
import { formatDateTime } from "../../../shared/university-time";
import { plural } from "../../../shared/plural";
import type { GradeDistribution, GradeRow, GradeSheet } from "./types";

/** Addresses of the grading pages of one section. */
export const gradingPaths = {
  sheet: (sectionId: string) => `/teaching/sections/${sectionId}`,
  overview: (sectionId: string) => `/teaching/sections/${sectionId}/overview`,
  release: (sectionId: string) => `/teaching/sections/${sectionId}/release`,
  importPreview: (sectionId: string) => `/teaching/sections/${sectionId}/import`,
  importApply: (sectionId: string) => `/teaching/sections/${sectionId}/import/apply`,
  grade: (sectionId: string, studentId: string) => `/teaching/sections/${sectionId}/grades/${studentId}`,
  history: (sectionId: string, studentId: string) => `/teaching/sections/${sectionId}/students/${studentId}/history`,
  roster: (sectionId: string) => `/sections/${sectionId}/roster`,
};

/** Grades entered but not yet visible to students. */
export function draftCount(sheet: GradeSheet): number {
  return sheet.rows.filter((row) => row.state === "DRAFT").length;
}

/** What a failed save of one row shows in place. */
export interface RowFeedback {
  /** The grade the user tried to save. */
  grade?: string;
  reason?: string;
  /** Message for the grade field. */
  gradeError?: string;
  /** Message for the reason field. */
  reasonError?: string;
  /** A message about the row as a whole (saved, or a failure not tied to a field); after a save the grade field keeps the focus. */
  message?: { kind: "success" | "error"; text: string };
}

/**
 * One student's row of the grade sheet. The instructor edits the grade in place: the row's form
 * saves with htmx and the answer replaces the row (saved value, or the error beside the field).
 * A released grade asks for a reason, which the service requires for any change.
 */
export function GradeSheetRow(props: { sectionId: string; row: GradeRow; allowed: string[]; canEdit: boolean; csrfToken: string; feedback?: RowFeedback }) {
  const { sectionId, row, feedback = {} } = props;
  const rowId = `grade-row-${row.student_id}`;
  const gradeId = `grade-${row.student_id}`;
  const reasonId = `reason-${row.student_id}`;
  const selected = feedback.grade ?? row.grade;
  const released = row.state === "RELEASED";
  const describedBy = (field: string, error?: string) => [error ? `${field}-error` : "", released ? "released-hint" : ""].filter(Boolean).join(" ") || undefined;
  return (
    <tr id={rowId}>
      <th scope="row" class="align-top border-slate-100 font-medium" safe>
        {row.name || row.username}
      </th>
      <td safe>{row.username}</td>
      <td>
        {props.canEdit ? (
          <form
            method="post"
            action={gradingPaths.grade(sectionId, row.student_id)}
            hx-post={gradingPaths.grade(sectionId, row.student_id)}
            hx-target={`#${rowId}`}
            hx-swap="outerHTML"
            class="flex flex-wrap items-end gap-2"
          >
            <CsrfField token={props.csrfToken} />
            <div>
              <label for={gradeId} class="sr-only" safe>
                {`Grade for ${row.name || row.username}`}
              </label>
              <select
                id={gradeId}
                name="grade"
                class={`input w-24 py-1 ${feedback.gradeError ? "border-red-500" : ""}`}
                aria-invalid={feedback.gradeError ? "true" : undefined}
                aria-describedby={describedBy(gradeId, feedback.gradeError)}
                autofocus={feedback.message?.kind === "success"}
              >
                {!row.grade && <option value="">–</option>}
                {props.allowed.map((code) => (
                  <option value={code} selected={code === selected} safe>
                    {code}
                  </option>
                ))}
              </select>
            </div>
            {released && (
              <div class="min-w-40 max-w-xs flex-1">
                <label for={reasonId} class="block text-xs font-medium text-slate-700">
                  Reason for change
                </label>
                <input
                  id={reasonId}
                  name="reason"
                  type="text"
                  maxlength={500}
                  value={feedback.reason}
                  class={`input py-1 text-sm ${feedback.reasonError ? "border-red-500" : ""}`}
                  aria-invalid={feedback.reasonError ? "true" : undefined}
                  aria-describedby={describedBy(reasonId, feedback.reasonError)}
                />
              </div>
            )}
            <button type="submit" class="btn-secondary btn-small">
              Save<span class="sr-only" safe>{` grade for ${row.name || row.username}`}</span>
            </button>
          </form>
        ) : (
          <span class="font-semibold" safe>
            {row.grade || "–"}
          </span>
        )}
        {Boolean(feedback.gradeError) && (
          <p id={`${gradeId}-error`} class="mt-1 text-sm text-red-700" data-announce safe>
            {feedback.gradeError}
          </p>
        )}
        {Boolean(feedback.reasonError) && (
          <p id={`${reasonId}-error`} class="mt-1 text-sm text-red-700" data-announce safe>
            {feedback.reasonError}
          </p>
        )}
        {feedback.message !== undefined && (
          <p class={`mt-1 text-sm ${feedback.message.kind === "error" ? "text-red-700" : "text-green-800"}`} role={feedback.message.kind === "error" ? "alert" : undefined} data-announce safe>
            {feedback.message.text}
          </p>
        )}
      </td>
      <td>
        <GradeStateBadge state={row.state} />
      </td>
      <td>
        {row.grade ? (
          <a href={gradingPaths.history(sectionId, row.student_id)} class="link text-sm">
            History<span class="sr-only" safe>{` of ${row.name || row.username}'s grade`}</span>
          </a>
        ) : (
          <span class="text-sm text-slate-500">–</span>
        )}
      </td>
    </tr>
  );
}

/** The table of every enrolled student with their grade, state and history link. */
export function GradeSheetTable(props: { sheet: GradeSheet; canEdit: boolean; csrfToken: string }) {
  const { sheet } = props;
  return (
    <section aria-labelledby="grades-heading" class="card mb-6">
      <h2 id="grades-heading" class="text-lg font-semibold">
        Students and grades
      </h2>
      {sheet.rows.length === 0 ? (
        <p class="mt-2 text-slate-600">No students are enrolled in this section.</p>
      ) : (
        <>
          {props.canEdit && (
            <p class="mt-1 text-sm text-slate-600">
              {sheet.released
                ? "Choose a grade and press Save on its row. A grade entered now stays a draft, invisible to students, until you release it."
                : "Choose a grade and press Save on its row. Grades stay drafts, invisible to students, until you release them."}
            </p>
          )}
          {sheet.rows.some((row) => row.state === "RELEASED") && (
            <p id="released-hint" class="mt-1 text-sm text-slate-600">
              Released grades are visible to students: changing one needs a reason, which is recorded in its history.
            </p>
          )}
          <DataTable class="mt-3" columns={["Student", "Username", "Grade", "State", "History"]}>
            {sheet.rows.map((row) => (
              <GradeSheetRow sectionId={sheet.section.id} row={row} allowed={sheet.allowed_grades} canEdit={props.canEdit} csrfToken={props.csrfToken} />
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/** The release control: a button leading to an in-place confirmation, or why there is none. */
export function ReleasePanel(props: { sheet: GradeSheet; canEdit: boolean; outcome?: { kind: "success" | "error"; text: string } }) {
  const { sheet } = props;
  const drafts = draftCount(sheet);
  const id = sheet.section.id;
  return (
    <div id="release-panel" class="mt-4">
      {props.outcome !== undefined && <OutcomeMessage {...props.outcome} />}
      {!props.canEdit ? null : drafts > 0 ? (
        <>
          <p class="mb-2 text-sm text-slate-700" safe>
            {sheet.released
              ? `${plural(drafts, "grade")} entered since the release ${drafts === 1 ? "is" : "are"} not visible to students yet.`
              : `${plural(drafts, "draft grade")}: students see nothing until you release.`}
          </p>
          <a href={gradingPaths.release(id)} hx-get={gradingPaths.release(id)} hx-target="#release-panel" hx-swap="outerHTML" class="btn-primary">
            Release grades…
          </a>
        </>
      ) : sheet.released ? (
        <p class="text-sm text-slate-700">All grades are released and visible to students. Changing one now needs a reason, which is recorded in its history.</p>
      ) : (
        <p class="text-sm text-slate-700">Enter grades first; then release them to make them visible to students.</p>
      )}
    </div>
  );
}

/** The in-place confirmation before releasing. */
export function ReleaseConfirm(props: { sheet: GradeSheet; csrfToken: string }) {
  const { sheet } = props;
  const id = sheet.section.id;
  const drafts = draftCount(sheet);
  return (
    <div id="release-panel" class="mt-4 rounded border border-amber-300 bg-amber-50 p-4" role="group" aria-labelledby="release-question">
      <p id="release-question" class="font-medium" data-announce safe>
        {`Release grades of ${plural(drafts, "student")}? Students will see them immediately.`}
      </p>
      <p class="mt-1 text-sm text-slate-700">After release, any change to a grade needs a reason and is recorded.</p>
      <div class="mt-3 flex flex-wrap gap-2">
        <form method="post" action={gradingPaths.release(id)} hx-post={gradingPaths.release(id)} hx-target="#sheet-body" hx-swap="outerHTML">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="btn-primary" autofocus>
            Yes, release grades
          </button>
        </form>
        <a href={gradingPaths.sheet(id)} hx-get={gradingPaths.overview(id)} hx-target="#sheet-overview" hx-swap="outerHTML" class="btn-secondary">
          Cancel
        </a>
      </div>
    </div>
  );
}

/**
 * The section's grading status (state, counts, release) and its distribution. It reloads
 * itself whenever a row is saved (the `grades-changed` event sent by the server).
 */
export function SheetOverview(props: { sheet: GradeSheet; distribution: GradeDistribution; canEdit: boolean; timeZone: string; releaseOutcome?: { kind: "success" | "error"; text: string } }) {
  const { sheet } = props;
  const section = sheet.section;
  return (
    <div id="sheet-overview" hx-get={gradingPaths.overview(section.id)} hx-trigger="grades-changed from:body" hx-swap="outerHTML" class="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="status-heading" class="card mb-6">
        <h2 id="status-heading" class="text-lg font-semibold">
          Grading status
        </h2>
        <dl class="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt class="text-slate-600">State</dt>
          <dd>
            <SectionStateBadge state={section.state} />
          </dd>
          <dt class="text-slate-600">Grades entered</dt>
          <dd safe>{`${section.graded_count} of ${section.roster_size}`}</dd>
          {sheet.released && (
            <>
              <dt class="text-slate-600">Released</dt>
              <dd safe>{formatDateTime(sheet.released_at, props.timeZone)}</dd>
            </>
          )}
        </dl>
        <ReleasePanel sheet={sheet} canEdit={props.canEdit} outcome={props.releaseOutcome} />
      </section>
      <DistributionChart distribution={props.distribution} sectionLabel={sectionLabel(section)} drafts={draftCount(sheet)} />
    </div>
  );
}
