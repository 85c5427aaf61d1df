// Bad input on every REST endpoint of the OpenAPI document: malformed JSON, bodies of the wrong
// shape, missing, extra and wrongly typed fields, strings over their limit, huge and negative
// numbers, page sizes out of range, hostile ids in paths, SQL and HTML injection, unicode and
// control characters in every text field. The gateway must answer 4xx naming the field, never
// 5xx (a value that is valid, e.g. a title with quotes, may be accepted and stored).
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { Report } from "../faults/support/report";
import { HOSTILE_STRINGS } from "./support/inputs";
import { callerFor, fillPath, loadOperations, makeTargets, namesField, sampleBody, send, type Operation, type Schema, type Sent, type Targets } from "./support/api";

setDefaultTimeout(30_000); // see tests/support/preload.ts


const WRONG_TYPES: unknown[] = [12345, 1.5, true, null, {}, [], ["a"], { $gt: "" }];
const NUMBERS: unknown[] = [-1, 0, 1.5, 1e308, 2 ** 63, -(2 ** 53) - 10, "12abc", "NaN", "Infinity"];
const BAD_IDS = ["not-a-uuid", "' OR 1=1 --", "<script>x</script>", "%00", "a".repeat(300), "..%2F..%2Fetc%2Fpasswd", "00000000-0000-0000-0000-000000000000"];

/** encodeURIComponent, with lone surrogates sent as their (invalid) UTF-8 bytes' escape. */
const encodeQuery = (value: string) => value.replace(/[\ud800-\udfff]/g, "%ED%A0%80").split("%ED%A0%80").map(encodeURIComponent).join("%ED%A0%80");

const report = new Report("bad-input");
let stack: Stack;
let operations: Operation[];
let targets: Targets;
const tally = { requests: 0, server_errors: 0, unnamed_4xx: 0, operations: 0 };

beforeAll(async () => {
  stack = await getStack();
  operations = await loadOperations(stack);
  targets = await makeTargets(stack);
}, 120_000);

/** The kind of value a schema wants. */
function kind(schema: Schema): string {
  if (schema.anyOf) return schema.anyOf.some((s) => s.type === "integer" || s.type === "number" || s.format === "integer") ? "number" : schema.anyOf.every((s) => "const" in s) ? "enum" : schema.anyOf[0]!.type ?? "string";
  if (schema.enum) return "enum";
  return schema.type ?? "string";
}

describe("every REST endpoint refuses bad input with a 4xx naming the field, never a 5xx", () => {
  test("the OpenAPI document lists the endpoints", () => {
    expect(operations.length).toBeGreaterThan(35);
    // …with their JSON body schemas (a global parse hook once emptied them all).
    expect(operations.filter((op) => op.body?.properties).length).toBeGreaterThan(12);
  });

  // One test per operation, generated after the document is loaded.
  const run = async (op: Operation) => {
    const problems: string[] = [];
    const sent: Sent[] = [];
    const check = (s: Sent, expectation: "4xx-named" | "4xx" | "not-5xx", field?: string) => {
      sent.push(s);
      const where = `${op.method} ${op.path} [${s.what}] → ${s.status} ${JSON.stringify(s.body)?.slice(0, 200)}`;
      if (s.status >= 500 || s.status === 0) problems.push(`5xx: ${where}`);
      else if (expectation !== "not-5xx" && (s.status < 400 || s.status >= 500)) problems.push(`not refused: ${where}`);
      else if (s.status >= 400 && !(s.body?.error?.code === s.status)) problems.push(`not the JSON error shape: ${where}`);
      else if (expectation === "4xx-named" && s.status === 400 && field && !namesField(s, field)) problems.push(`field not named (${field}): ${where}`);
    };
    const isDelete = op.method === "DELETE";

    // Hostile path ids.
    for (const name of op.params.filter((p) => p.in === "path").map((p) => p.name)) {
      for (const bad of BAD_IDS) {
        // A well-formed id of nobody: the grade history of a student with no grade is an empty trail.
        const lenient = bad.startsWith("00000000") && op.path.endsWith("/history");
        check(await send(stack, op, targets, { path: fillPath(op, targets, { [name]: bad }), what: `path ${name}=${bad.slice(0, 20)}`, body: sampleBody(op, targets) }), lenient ? "not-5xx" : "4xx");
      }
    }
    if (isDelete) return { problems, sent };

    // Query parameters: wrong types, out of range, hostile text.
    for (const param of op.params.filter((p) => p.in === "query")) {
      const values = kind(param.schema) === "number" ? NUMBERS.map(String) : kind(param.schema) === "boolean" ? ["maybe", "2", "<script>"] : HOSTILE_STRINGS;
      for (const value of values) {
        const s = await send(stack, op, targets, { query: `${param.name}=${encodeQuery(value)}`, what: `query ${param.name}=${value.slice(0, 20)}`, body: sampleBody(op, targets) });
        // 0 means "the default page size"; every other value below 1, above the maximum or not a whole number is refused.
        check(s, kind(param.schema) === "number" && value !== "0" ? "4xx-named" : "not-5xx", param.name);
      }
      check(await send(stack, op, targets, { query: `${param.name}=a&${param.name}=b`, what: `query ${param.name} twice`, body: sampleBody(op, targets) }), "not-5xx");
    }

    if (op.csv) {
      for (const csv of ["", "student,grade\n", "\u0000,\u0000", "x".repeat(5000), `${targets.student.username},<script>alert(1)</script>`, "a,b,c,d,e\n\"unterminated", HOSTILE_STRINGS.join("\n")]) {
        check(await send(stack, op, targets, { body: csv, contentType: "text/csv", query: "dry_run=true", what: `csv ${JSON.stringify(csv.slice(0, 20))}` }), "not-5xx");
      }
      check(await send(stack, op, targets, { body: { csv: 5 }, what: "json csv: 5" }), "4xx-named", "csv");
    }
    if (!op.body?.properties) return { problems, sent };

    // The body as a whole.
    const base = sampleBody(op, targets)!;
    const fresh = () => sampleBody(op, targets)!;
    for (const [what, body, type] of [
      ["malformed JSON", "{not json", "application/json"],
      ["truncated JSON", JSON.stringify(base).slice(0, -3), "application/json"],
      ["JSON array", "[]", "application/json"],
      ["JSON null", "null", "application/json"],
      ["JSON string", '"text"', "application/json"],
      ["JSON number", "42", "application/json"],
      ["deep nesting", "[".repeat(5000) + "]".repeat(5000), "application/json"],
      ["prototype pollution", JSON.stringify({ ...base, __proto__: { admin: true }, constructor: { prototype: { admin: true } } }), "application/json"],
      ["text/plain", JSON.stringify(base), "text/plain"],
      ["form-encoded garbage", "a=%ZZ&&=", "application/x-www-form-urlencoded"],
      ["xml", "<?xml version='1.0'?><a>1</a>", "application/xml"],
    ] as const) {
      check(await send(stack, op, targets, { body, contentType: type, what }), "4xx");
    }
    // PATCH without a body is "change nothing".
    check(await send(stack, op, targets, { what: "no body" }), op.method === "PATCH" ? "not-5xx" : "4xx");
    // Over the documented limit: 413 with the JSON error, before any handler reads the body.
    const huge = await send(stack, op, targets, { body: "x".repeat(stack.config.maxBodyBytes + 1), contentType: "application/json", what: "over the body limit" });
    sent.push(huge);
    if (huge.status !== 413) problems.push(`over the body limit: ${op.method} ${op.path} → ${huge.status}`);
    check(await send(stack, op, targets, { body: { ...fresh(), is_admin: true }, what: "extra field is_admin" }), "4xx-named", "is_admin");

    // Each field: missing, wrong types, limits, hostile text.
    const required = new Set(op.body.required ?? []);
    for (const [field, schema] of Object.entries(op.body.properties)) {
      const without = fresh();
      delete without[field];
      if (required.has(field)) check(await send(stack, op, targets, { body: without, what: `missing ${field}` }), "4xx-named", field);
      const k = kind(schema);
      for (const wrong of WRONG_TYPES) {
        if ((k === "number" && typeof wrong === "number" && Number.isInteger(wrong)) || (k === "boolean" && typeof wrong === "boolean") || (k === "array" && Array.isArray(wrong))) continue;
        const expectation = k === "number" && wrong === 1.5 ? "4xx-named" : "4xx-named";
        check(await send(stack, op, targets, { body: { ...fresh(), [field]: wrong }, what: `${field}=${JSON.stringify(wrong)}` }), expectation, field);
      }
      if (k === "number") {
        for (const n of NUMBERS) {
          const inRange = typeof n === "number" && Number.isInteger(n) && n >= (schema.minimum ?? schema.anyOf?.find((s) => s.minimum !== undefined)?.minimum ?? -Infinity) && n <= (schema.maximum ?? schema.anyOf?.find((s) => s.maximum !== undefined)?.maximum ?? Infinity);
          check(await send(stack, op, targets, { body: { ...fresh(), [field]: n }, what: `${field}=${String(n)}` }), inRange ? "not-5xx" : "4xx-named", field);
        }
      }
      if (k === "string" || k === "enum") {
        if (schema.maxLength) check(await send(stack, op, targets, { body: { ...fresh(), [field]: "x".repeat(schema.maxLength + 1) }, what: `${field} over ${schema.maxLength} chars` }), "4xx-named", field);
        for (const text of HOSTILE_STRINGS) {
          const s = await send(stack, op, targets, { body: { ...fresh(), [field]: text }, what: `${field}=${JSON.stringify(text.slice(0, 24))}` });
          check(s, "not-5xx", field);
          // Refused for another field of the request (e.g. a wrong current password) is fine too.
          const anyField = (s.body?.error?.details ?? []).some((d: { field?: string }) => typeof d.field === "string");
          if (s.status === 400 && !namesField(s, field) && !anyField) problems.push(`field not named (${field}): ${op.method} ${op.path} [${s.what}] → ${JSON.stringify(s.body).slice(0, 200)}`);
        }
      }
      if (k === "array") {
        check(await send(stack, op, targets, { body: { ...fresh(), [field]: Array.from({ length: 500 }, () => ({})) }, what: `${field} with 500 items` }), "4xx-named", field);
        check(await send(stack, op, targets, { body: { ...fresh(), [field]: [{ day: "FUNDAY", start_time: "25:99", end_time: "<b>" }] }, what: `${field} with a bad item` }), "4xx", field);
      }
    }
    return { problems, sent };
  };

  test("every operation", async () => {
    const all: string[] = [];
    for (const op of operations) {
      const { problems, sent } = await run(op);
      tally.operations++;
      tally.requests += sent.length;
      tally.server_errors += sent.filter((s) => s.status >= 500 || s.status === 0).length;
      tally.unnamed_4xx += problems.filter((p) => p.startsWith("field not named")).length;
      all.push(...problems);
    }
    report.add({ suite: "bad input on every endpoint", ...tally });
    report.save();
    expect(all).toEqual([]);
  }, 240_000);

  test("the caller mapping covers every operation (a token of a role that may call it)", () => {
    for (const op of operations) if (!op.path.startsWith("/api/v1/auth/") || op.path === "/api/v1/auth/password") expect(callerFor(op, targets)).toBeDefined();
  });
});
