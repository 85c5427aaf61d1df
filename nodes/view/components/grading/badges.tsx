import type { GradeState } from "./types";

const STATE_STYLE: Record<GradeState, { label: string; style: string }> = {
  GRADE_STATE_UNSPECIFIED: { label: "Not graded", style: "bg-slate-100 text-slate-700" },
  DRAFT: { label: "Draft", style: "bg-amber-100 text-amber-900" },
  RELEASED: { label: "Released", style: "bg-green-100 text-green-900" },
};

const SECTION_STATE: Record<GradeState, string> = {
  GRADE_STATE_UNSPECIFIED: "Not started",
  DRAFT: "Draft",
  RELEASED: "Released",
};

/** The state of one grade: not graded, draft (students cannot see it) or released. */
export function GradeStateBadge(props: { state: GradeState }) {
  const { label, style } = STATE_STYLE[props.state] ?? STATE_STYLE.GRADE_STATE_UNSPECIFIED;
  return (
    <span class={`badge ${style}`} safe>
      {label}
    </span>
  );
}

/** The grading state of a section: not started, draft (some grades unreleased) or released. */
export function SectionStateBadge(props: { state: GradeState }) {
  const { style } = STATE_STYLE[props.state] ?? STATE_STYLE.GRADE_STATE_UNSPECIFIED;
  return (
    <span class={`badge ${style}`} safe>
      {SECTION_STATE[props.state] ?? SECTION_STATE.GRADE_STATE_UNSPECIFIED}
    </span>
  );
}
