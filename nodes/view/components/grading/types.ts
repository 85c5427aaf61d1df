// Shapes of the gateway's grading answers as the pages read them, taken from the gateway's own
// routes (Eden Treaty types): a field renamed there breaks the build here.
import { present, type Answer, type GatewayApi } from "../../gateway";

type SectionGrades = ReturnType<GatewayApi["sections"]>["grades"];

/** GET /me/sections: a section in an instructor's list. */
export type TaughtSection = Answer<GatewayApi["me"]["sections"]["get"]>["sections"][number];

/** GET /sections/{id}/grades, with its section (see sheetWithSection). */
export type GradeSheet = Omit<Answer<SectionGrades["get"]>, "section"> & { section: TaughtSection };

/** A grade sheet answer whose section is there (the gateway always sends it). */
export function sheetWithSection(sheet: Answer<SectionGrades["get"]>): GradeSheet {
  return { ...sheet, section: present(sheet.section, "the grade sheet's section") };
}

/** One student's row of a grade sheet. */
export type GradeRow = GradeSheet["rows"][number];

/** Grading state of a section or of one grade. */
export type GradeState = GradeRow["state"];

/** POST /sections/{id}/grades/import. */
export type ImportResult = Answer<SectionGrades["import"]["post"]>;

/** One CSV row and what would happen to it. */
export type ImportRow = ImportResult["rows"][number];

/** Outcome of one CSV row. */
export type ImportOutcome = ImportRow["outcome"];

/** GET /sections/{id}/grades/{student_id}/history. */
export type GradeHistory = Answer<ReturnType<SectionGrades>["history"]["get"]>;

/** One change of a grade (audit trail). */
export type GradeChange = GradeHistory["changes"][number];

/** GET /sections/{id}/grades/distribution. */
export type GradeDistribution = Answer<SectionGrades["distribution"]["get"]>;

/** GET /me/grades. */
export type MyGrades = Answer<GatewayApi["me"]["grades"]["get"]>;

/** GET /me/transcript. */
export type Transcript = Answer<GatewayApi["me"]["transcript"]["get"]>;

/** A student's grades of one term. */
export type TermGrades = MyGrades["terms"][number];

/** One released grade of a student. */
export type GradeEntry = TermGrades["entries"][number];
