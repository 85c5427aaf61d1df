// How grading numbers read on the pages (times: nodes/shared/university-time.ts).
/** A GPA with two decimals, or an em dash when nothing counts yet. */
export function formatGpa(gpa: number | undefined): string {
  return gpa === undefined || gpa === null ? "—" : gpa.toFixed(2);
}
