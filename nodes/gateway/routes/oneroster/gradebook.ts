// The OneRoster 1.2 gradebook service: one line item per class (its final grade), results from
// released grades, and results written back by an LMS, which become draft grades on the faculty
// grade sheet (the faculty-grades node's own draft path; its instructor reviews and releases).
import { t } from "elysia";
import { FIELDS, FILTERABLE, FINAL_CATEGORY_ID, GRADEBOOK_BASE, partsOfResult, ref, sectionOfLineItem } from "../../../shared/oneroster/records";
import { OneRosterError } from "../../../shared/oneroster/collection";
import type { GatewayDeps } from "../../context";
import { oneRosterData, type OneRosterData } from "../../oneroster-data";
import { collection, CollectionParams, looseRoutes, one, oneRosterScope, RecordParams, SourcedIdParams, tags, type Handler } from "./scope";

type Row = Record<string, unknown>;

/** The one category of line items. */
const CATEGORY = { sourcedId: FINAL_CATEGORY_ID, status: "active", dateLastModified: "2026-01-01T00:00:00.000Z", title: "Final grade", weight: 1 };
const CATEGORY_FIELDS = ["sourcedId", "status", "dateLastModified", "title", "weight"];

/** The class of a line item sourcedId, known to exist (404 otherwise). */
async function classOfLineItem(d: OneRosterData, lineItemId: string): Promise<string> {
  const sectionId = sectionOfLineItem(lineItemId);
  if (!sectionId || !(await d.sections()).some((s) => s.id === sectionId)) throw new OneRosterError(404, "unknownobject", `There is no line item with sourcedId "${lineItemId.slice(0, 80)}".`);
  return sectionId;
}

async function classKnown(d: OneRosterData, id: string): Promise<string> {
  if (!(await d.sections()).some((s) => s.id === id)) throw new OneRosterError(404, "unknownobject", `There is no class with sourcedId "${id.slice(0, 80)}".`);
  return id;
}

const GUIDRef = t.Object({ sourcedId: t.String({ maxLength: 200 }), href: t.Optional(t.String({ maxLength: 500 })), type: t.Optional(t.String({ maxLength: 50 })) });

/** The body of a result written back: the binding's result record (what EduStream reads of it). */
const ResultBody = t.Object({
  result: t.Object({
    sourcedId: t.Optional(t.String({ maxLength: 200 })),
    status: t.Optional(t.String({ maxLength: 20 })),
    dateLastModified: t.Optional(t.String({ maxLength: 40 })),
    lineItem: GUIDRef,
    student: GUIDRef,
    class: t.Optional(GUIDRef),
    scoreStatus: t.Optional(t.String({ maxLength: 40 })),
    score: t.Optional(t.Number()),
    textScore: t.Optional(t.String({ maxLength: 10 })),
    scoreDate: t.Optional(t.String({ maxLength: 40 })),
    comment: t.Optional(t.String({ maxLength: 1000 })),
  }),
});

/** `/ims/oneroster/gradebook/v1p2`: reads with gradebook.readonly (or createput) and admins; result writes with gradebook.createput. */
export function gradebookRoutes(deps: GatewayDeps) {
  const reads = oneRosterScope(deps, GRADEBOOK_BASE, "gradebookRead");
  const route = looseRoutes(reads);
  const list = (path: string, many: string, kind: "lineItem" | "result", summary: string, load: (d: OneRosterData, c: Handler) => Promise<Row[]>, params = false) =>
    route.get(path, async (c: Handler) => collection(many, await load(oneRosterData(deps, c.caller), c), c.query, FIELDS[kind], FILTERABLE[kind], c.request, c.set.headers), {
      ...(params ? { params: t.Object({ id: t.String({ maxLength: 200 }), lineItemId: t.Optional(t.String({ maxLength: 200 })) }) } : {}),
      query: CollectionParams,
      detail: { summary: `OneRoster ${summary}`, tags },
    });
  list("/lineItems", "lineItems", "lineItem", "getAllLineItems: one line item per class, its final grade", (d) => d.lineItems());
  route.get("/lineItems/:id", async (c: Handler) => one("lineItem", await oneRosterData(deps, c.caller).lineItems(), c.params.id!, c.query.fields, FIELDS.lineItem, "line item"), {
    params: SourcedIdParams,
    query: RecordParams,
    detail: { summary: "OneRoster getLineItem", tags },
  });
  list("/classes/:id/lineItems", "lineItems", "lineItem", "getLineItemsForClass", async (d, c) => {
    const id = await classKnown(d, c.params.id!);
    return (await d.lineItems()).filter((l) => (l.class as Row).sourcedId === id);
  }, true);
  list("/results", "results", "result", "getAllResults: released final grades of every class (a class's own read is cheaper)", (d) => d.results());
  route.get(
    "/results/:id",
    async (c: Handler) => {
      const d = oneRosterData(deps, c.caller);
      const parts = partsOfResult(c.params.id!);
      const rows = parts && (await d.sections()).some((s) => s.id === parts.sectionId) ? await d.resultsOf(parts.sectionId) : [];
      return one("result", rows, c.params.id!, c.query.fields, FIELDS.result, "result");
    },
    { params: SourcedIdParams, query: RecordParams, detail: { summary: "OneRoster getResult: one released final grade", tags } },
  );
  list("/lineItems/:id/results", "results", "result", "getResultsForLineItem", async (d, c) => d.resultsOf(await classOfLineItem(d, c.params.id!)), true);
  list("/classes/:id/results", "results", "result", "getResultsForClass", async (d, c) => d.resultsOf(await classKnown(d, c.params.id!)), true);
  list("/classes/:id/lineItems/:lineItemId/results", "results", "result", "getResultsForLineItemForClass", async (d, c) => {
    const id = await classOfLineItem(d, c.params.lineItemId!);
    if (id !== c.params.id) throw new OneRosterError(404, "unknownobject", "This line item is not the class's.");
    return d.resultsOf(id);
  }, true);
  route.get("/categories", async (c: Handler) => collection("categories", [CATEGORY], c.query, CATEGORY_FIELDS, CATEGORY_FIELDS, c.request, c.set.headers), {
    query: CollectionParams,
    detail: { summary: "OneRoster getAllCategories: the one category, final grades", tags },
  });
  route.get("/categories/:id", async (c: Handler) => one("category", [CATEGORY], c.params.id!, c.query.fields, CATEGORY_FIELDS, "category"), {
    params: SourcedIdParams,
    query: RecordParams,
    detail: { summary: "OneRoster getCategory", tags },
  });

  const writes = oneRosterScope(deps, GRADEBOOK_BASE, "gradebookWrite").put(
    "/results/:id",
    async ({ params, body, caller, set }) => {
      const parts = partsOfResult(params.id);
      if (!parts) throw new OneRosterError(400, "invalid_data", `sourcedId must be final-<class sourcedId>-<student sourcedId>, as the class's line item final-<class sourcedId> and the student's sourcedId make it.`);
      const { result } = body;
      if (result.lineItem.sourcedId !== `final-${parts.sectionId}`) throw new OneRosterError(400, "invalid_data", "result.lineItem.sourcedId must be the class's final-grade line item named in the result's sourcedId.");
      if (result.student.sourcedId !== parts.studentId) throw new OneRosterError(400, "invalid_data", "result.student.sourcedId must be the student named in the result's sourcedId.");
      const grade = result.textScore?.trim();
      if (!grade) throw new OneRosterError(400, "invalid_data", "result.textScore is required: the letter grade (A, A-, B+ … F, P, NP, I), which becomes a draft on the grade sheet.");
      // The faculty-grades node's own draft path, as the LMS client (it checks the scope and the class again).
      const written = await deps.clients.facultyGrades.SetGrade({ section_id: parts.sectionId, student_id: parts.studentId, grade, reason: "" }, caller);
      set.status = 201;
      return {
        result: {
          sourcedId: params.id,
          status: "active",
          dateLastModified: written.row?.updated_at || new Date().toISOString(),
          lineItem: ref("lineItem", `final-${parts.sectionId}`, GRADEBOOK_BASE),
          student: ref("user", parts.studentId),
          class: ref("class", parts.sectionId),
          scoreStatus: "submitted",
          textScore: written.row?.grade ?? grade,
          scoreDate: (written.row?.updated_at || new Date().toISOString()).slice(0, 10),
          comment: "A draft on the faculty grade sheet until the instructor releases the class's grades.",
        },
      };
    },
    {
      params: SourcedIdParams,
      body: ResultBody,
      detail: {
        summary: "OneRoster putResult: the LMS writes a final grade back; it becomes a draft grade on the faculty grade sheet, which the instructor reviews and releases (a released grade is not changed: 400)",
        tags,
      },
    },
  );
  return [reads, writes] as const;
}
