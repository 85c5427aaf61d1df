import { DataTable } from "../table";
import { formatGpa } from "./format";
import { plural } from "../../../shared/plural";
import type { GradeEntry, TermGrades } from "./types";

/** Why an entry does not count in the GPA, if it does not. */
function gpaNote(entry: GradeEntry): string {
  if (entry.repeated) return "Repeated later: not in GPA";
  if (!entry.counts_in_gpa) return "Not in GPA";
  return "";
}

/**
 * One term of a student's record: course, title, credits, grade (and, on the transcript, the
 * quality points), with the term's credits and GPA below.
 */
export function TermTable(props: { term: TermGrades; withPoints?: boolean }) {
  const { term } = props;
  const headingId = `term-${term.term_id}`;
  return (
    <section aria-labelledby={headingId} class="card term mb-6">
      <h2 id={headingId} class="text-lg font-semibold" safe>
        {term.term_name}
      </h2>
      <DataTable
        class="mt-3"
        labelledby={headingId}
        columns={["Course", "Title", { label: "Credits", class: "text-right" }, "Grade", !!props.withPoints && { label: "Quality points", class: "text-right" }, { label: "Notes", srOnly: true }]}
      >
        {term.entries.map((entry) => (
          <tr>
            <th scope="row" class="whitespace-nowrap align-top border-slate-100 font-medium" safe>
              {entry.course_code}
            </th>
            <td safe>{entry.course_title}</td>
            <td class="text-right">{entry.credits}</td>
            <td class="font-semibold" safe>
              {entry.grade}
            </td>
            {props.withPoints && <td class="text-right">{entry.counts_in_gpa ? (entry.points * entry.credits).toFixed(2) : "–"}</td>}
            <td class="text-xs text-slate-600" safe>
              {gpaNote(entry)}
            </td>
          </tr>
        ))}
      </DataTable>
      <p class="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <span>
          Term GPA: <strong safe>{formatGpa(term.gpa)}</strong>
        </span>
        <span safe>{`Credits attempted: ${term.credits_attempted}`}</span>
        <span safe>{`Credits earned: ${term.credits_earned}`}</span>
        <span class="text-slate-600" safe>
          {plural(term.entries.length, "course")}
        </span>
      </p>
    </section>
  );
}

/** How the GPA is worked out, in a small note under the grades. */
export function GpaNote() {
  return (
    <aside aria-labelledby="gpa-note-heading" class="mt-2 rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
      <h2 id="gpa-note-heading" class="font-semibold text-slate-900">
        How your GPA is calculated
      </h2>
      <p class="mt-1">
        GPA = the sum of grade points × credits, divided by the credits of courses graded A to F (A = 4.0, A− = 3.7, B+ = 3.3 … F = 0.0). Pass/No pass (P, NP),
        incomplete (I) and withdrawn (W) grades are not counted. When you repeat a course, only your latest attempt counts in the GPA; earlier attempts stay on
        your transcript.
      </p>
    </aside>
  );
}

/** Says that W entries are missing because registration did not answer in time (nothing else is affected). */
export function WithdrawalsUnavailable(props: { unavailable?: boolean }) {
  if (!props.unavailable) return <></>;
  return (
    <p class="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" role="status">
      Withdrawals (W) could not be read from registration just now, so they are missing from this list. Your grades, GPA and credits are complete. Reload the page in a moment.
    </p>
  );
}
