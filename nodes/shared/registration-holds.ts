// The kinds of hold the registrar places and the class standings appointment groups use: one
// list each, read by the enrollment node (validation, the blocking flag copied onto a hold), the
// gateway (the API's enums) and the view (the forms' choices and labels).

/** A kind of hold: what people call it, and whether it keeps the student from adding sections. */
export interface HoldKind {
  code: string;
  label: string;
  blocksRegistration: boolean;
  /** Whom to contact, offered in the form when the registrar picks the kind. */
  defaultContact: string;
}

export const HOLD_KINDS = [
  { code: "REGISTRATION", label: "Registration hold", blocksRegistration: true, defaultContact: "Registrar's Office" },
  { code: "FINANCIAL", label: "Financial hold", blocksRegistration: true, defaultContact: "Bursar's Office" },
  { code: "ADVISING", label: "Advising hold", blocksRegistration: true, defaultContact: "Your academic advisor" },
  { code: "TRANSCRIPT", label: "Transcript hold (does not block registration)", blocksRegistration: false, defaultContact: "Registrar's Office" },
] as const satisfies readonly HoldKind[];

export type HoldKindCode = (typeof HOLD_KINDS)[number]["code"];
export const HOLD_KIND_CODES = HOLD_KINDS.map((k) => k.code) as [HoldKindCode, ...HoldKindCode[]];

/** The kind of a code, or undefined. */
export function holdKind(code: string): HoldKind | undefined {
  return HOLD_KINDS.find((k) => k.code === code);
}

/** "Financial hold" (a kind no longer listed reads as its code). */
export function holdKindLabel(code: string): string {
  return holdKind(code)?.label.replace(/ \(.*\)$/, "") ?? code;
}

/** Class standings by credits earned (at least `minCredits`). */
export const CLASS_STANDINGS = [
  { code: "SENIOR", label: "Seniors (90 or more credits earned)", minCredits: 90 },
  { code: "JUNIOR", label: "Juniors (60–89 credits)", minCredits: 60 },
  { code: "SOPHOMORE", label: "Sophomores (30–59 credits)", minCredits: 30 },
  { code: "FRESHMAN", label: "First-year students (0–29 credits)", minCredits: 0 },
] as const;

export type StandingCode = (typeof CLASS_STANDINGS)[number]["code"];
export const STANDING_CODES = CLASS_STANDINGS.map((s) => s.code) as [StandingCode, ...StandingCode[]];

/** The standing of a student with these credits earned. */
export function classStanding(creditsEarned: number): StandingCode {
  return (CLASS_STANDINGS.find((s) => creditsEarned >= s.minCredits) ?? CLASS_STANDINGS[CLASS_STANDINGS.length - 1]!).code;
}

/** How an appointment group picks its students. */
export const APPOINTMENT_BASES = [
  { code: "CREDITS", label: "Credits earned (at least)" },
  { code: "STANDING", label: "Class standing" },
  { code: "STUDENTS", label: "A list of students" },
] as const;
export type AppointmentBasis = (typeof APPOINTMENT_BASES)[number]["code"];
export const APPOINTMENT_BASIS_CODES = APPOINTMENT_BASES.map((b) => b.code) as [AppointmentBasis, ...AppointmentBasis[]];
