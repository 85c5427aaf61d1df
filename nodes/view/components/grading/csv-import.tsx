import { CsrfField } from "../form";
import { DataTable } from "../table";
import { OutcomeMessage } from "./outcome";
import { gradingPaths } from "./grade-sheet";
import { plural } from "../../../shared/plural";
import type { ImportOutcome, ImportResult } from "./types";

const OUTCOME: Record<ImportOutcome, { label: string; style: string }> = {
  OK: { label: "OK", style: "bg-green-100 text-green-900" },
  UNKNOWN_STUDENT: { label: "Unknown student", style: "bg-red-100 text-red-900" },
  NOT_ENROLLED: { label: "Not enrolled", style: "bg-red-100 text-red-900" },
  INVALID_GRADE: { label: "Invalid grade", style: "bg-red-100 text-red-900" },
  DUPLICATE_ROW: { label: "Duplicate row", style: "bg-red-100 text-red-900" },
  MALFORMED: { label: "Malformed", style: "bg-red-100 text-red-900" },
  REASON_REQUIRED: { label: "Reason required", style: "bg-amber-100 text-amber-900" },
  IMPORT_OUTCOME_UNSPECIFIED: { label: "Not checked", style: "bg-slate-200 text-slate-800" },
};

/** What the import panel shows besides its upload form. */
export interface ImportState {
  /** The previewed file and its rows' outcomes. */
  preview?: { csv: string; reason: string; result: ImportResult };
  /** An outcome or a refusal to show at the top. */
  message?: { kind: "success" | "info" | "error"; text: string; items?: string[] };
  /** Error of the file/paste fields (nothing was sent). */
  fileError?: string;
  /** Error of the reason field. */
  reasonError?: string;
}

function UploadForm(props: { sectionId: string; csrfToken: string; released: boolean; state: ImportState; again: boolean }) {
  const { sectionId, state } = props;
  const fileDescribedBy = ["import-format", state.fileError ? "import-file-error" : ""].filter(Boolean).join(" ");
  return (
    <form
      method="post"
      action={gradingPaths.importPreview(sectionId)}
      enctype="multipart/form-data"
      hx-post={gradingPaths.importPreview(sectionId)}
      hx-target="#import-panel"
      hx-swap="outerHTML"
      class="mt-4"
    >
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="released" value={props.released ? "true" : "false"} />
      {props.again && <h3 class="mb-2 font-semibold">Upload a corrected file</h3>}
      <div class="grid gap-4 md:grid-cols-2">
        <div>
          <label for="import-file" class="mb-1 block text-sm font-medium">
            CSV file
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            class="block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
            aria-invalid={state.fileError ? "true" : undefined}
            aria-describedby={fileDescribedBy}
          />
        </div>
        <div>
          <label for="import-text" class="mb-1 block text-sm font-medium">
            Or paste the rows
          </label>
          <textarea id="import-text" name="csv" rows="4" class="input font-mono text-sm" aria-describedby="import-format" placeholder={"student21,A\nstudent22,B+"}></textarea>
        </div>
      </div>
      {Boolean(state.fileError) && (
        <p id="import-file-error" class="mt-2 text-sm text-red-700" data-announce safe>
          {state.fileError}
        </p>
      )}
      {props.released && (
        <div class="mt-4 max-w-xl">
          <label for="import-reason" class="mb-1 block text-sm font-medium">
            Reason for changes to released grades (if any)
          </label>
          <input
            id="import-reason"
            name="reason"
            type="text"
            maxlength={500}
            value={state.preview?.reason}
            class={`input ${state.reasonError ? "border-red-500" : ""}`}
            aria-invalid={state.reasonError ? "true" : undefined}
            aria-describedby={state.reasonError ? "import-reason-hint import-reason-error" : "import-reason-hint"}
          />
          <p id="import-reason-hint" class="mt-1 text-xs text-slate-500">
            Grades are released in this section: a row that changes a released grade needs a reason, recorded in its history.
          </p>
          {Boolean(state.reasonError) && (
            <p id="import-reason-error" class="mt-1 text-sm text-red-700" safe>
              {state.reasonError}
            </p>
          )}
        </div>
      )}
      <button type="submit" class="btn-secondary mt-4">
        Preview import<span class="htmx-indicator ml-2 text-xs" aria-hidden="true">…</span>
      </button>
    </form>
  );
}

function PreviewTable(props: { result: ImportResult }) {
  return (
    <DataTable
      class="mt-3 max-h-[32rem] overflow-y-auto"
      label="Preview of the file's rows"
      caption="Outcome of each row of the file"
      columns={["Line", "Student", "Grade", "Outcome", "Details"]}
    >
      {props.result.rows.map((row) => {
        const outcome = OUTCOME[row.outcome] ?? { label: row.outcome, style: "bg-slate-100 text-slate-800" };
        return (
          <tr class={row.outcome === "OK" ? "" : "bg-red-50/60"}>
            <td>{row.line}</td>
            <td>
              <span safe>{row.student}</span>
              {Boolean(row.student_name) && (
                <span class="block text-xs text-slate-600" safe>
                  {row.student_name}
                </span>
              )}
            </td>
            <td safe>{row.grade}</td>
            <td>
              <span class={`badge ${outcome.style}`} safe>
                {outcome.label}
              </span>
            </td>
            <td class="text-slate-700" safe>
              {row.message}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** "12 rows: 11 OK, 1 with a problem." */
export function previewSummary(result: ImportResult): string {
  const rows = plural(result.rows.length, "row");
  return result.error_count === 0 ? `${rows}, all OK.` : `${rows}: ${result.ok_count} OK, ${plural(result.error_count, "row")} with problems.`;
}

/**
 * CSV import: upload or paste `student,grade` rows, see each row's outcome, then apply every
 * row at once (offered only when all are OK). The previewed text travels in a hidden field.
 */
export function ImportPanel(props: { sectionId: string; csrfToken: string; released: boolean; state?: ImportState }) {
  const state = props.state ?? {};
  const preview = state.preview;
  const canApply = preview && preview.result.error_count === 0 && preview.result.rows.length > 0;
  return (
    <section id="import-panel" aria-labelledby="import-heading" class="card mb-6">
      <h2 id="import-heading" class="text-lg font-semibold">
        Import grades from a CSV file
      </h2>
      <p id="import-format" class="mt-1 text-sm text-slate-600">
        One line per student: <code>student,grade</code>, where student is a username or a student id. A header row is optional; commas or semicolons both
        work; UTF-8. You see each row's outcome before anything is saved, and the file is applied completely or not at all.
      </p>
      {state.message !== undefined && <OutcomeMessage {...state.message} />}
      {preview !== undefined && (
        <div class="mt-3">
          <h3 class="font-semibold">Preview</h3>
          <p class="mt-1" data-announce safe>
            {canApply
              ? `${previewSummary(preview.result)} Nothing has been saved yet.`
              : `${previewSummary(preview.result)} Nothing has been saved. Fix the rows marked below in your file and upload it again.`}
          </p>
          <PreviewTable result={preview.result} />
          {canApply && (
            <form
              method="post"
              action={gradingPaths.importApply(props.sectionId)}
              hx-post={gradingPaths.importApply(props.sectionId)}
              hx-target="#sheet-body"
              hx-swap="outerHTML"
              class="mt-4 flex flex-wrap items-center gap-3"
            >
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="csv" value={preview.csv} />
              <input type="hidden" name="reason" value={preview.reason} />
              <button type="submit" class="btn-primary" safe>
                {`Apply ${plural(preview.result.ok_count, "grade")}`}
              </button>
              <a href={gradingPaths.sheet(props.sectionId)} class="link text-sm">
                Cancel
              </a>
            </form>
          )}
        </div>
      )}
      {!canApply && <UploadForm sectionId={props.sectionId} csrfToken={props.csrfToken} released={props.released} state={state} again={Boolean(preview)} />}
    </section>
  );
}
