// JSON Schemas of the OneRoster 1.2 records EduStream serves, written from the REST bindings'
// data models (rostering and gradebook): required fields, types, enumerations and formats.
// Validated with ajv (draft 2020-12 style, formats checked by hand-written patterns).
import Ajv from "ajv";

const DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$";
const DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const status = { enum: ["active", "tobedeleted"] };
const base = { sourcedId: { type: "string", minLength: 1 }, status, dateLastModified: { type: "string", pattern: DATE_TIME }, metadata: { type: "object" } };
const BASE_REQUIRED = ["sourcedId", "status", "dateLastModified"];
const guidRef = (type: string) => ({
  type: "object",
  required: ["href", "sourcedId", "type"],
  properties: { href: { type: "string", minLength: 1 }, sourcedId: { type: "string", minLength: 1 }, type: { const: type } },
  additionalProperties: false,
});
const record = (required: string[], properties: Record<string, unknown>) => ({ type: "object", required: [...BASE_REQUIRED, ...required], properties: { ...base, ...properties }, additionalProperties: false });

export const SCHEMAS = {
  org: record(["name", "type"], {
    name: { type: "string", minLength: 1 },
    type: { enum: ["department", "school", "district", "local", "state", "national"] },
    identifier: { type: "string" },
    parent: guidRef("org"),
    children: { type: "array", items: guidRef("org") },
  }),
  academicSession: record(["title", "startDate", "endDate", "type", "schoolYear"], {
    title: { type: "string", minLength: 1 },
    startDate: { type: "string", pattern: DATE },
    endDate: { type: "string", pattern: DATE },
    type: { enum: ["gradingPeriod", "semester", "schoolYear", "term"] },
    parent: guidRef("academicSession"),
    children: { type: "array", items: guidRef("academicSession") },
    schoolYear: { type: "string", pattern: "^\\d{4}$" },
  }),
  course: record(["title", "org"], {
    title: { type: "string", minLength: 1 },
    schoolYear: guidRef("academicSession"),
    courseCode: { type: "string" },
    grades: { type: "array", items: { type: "string" } },
    subjects: { type: "array", items: { type: "string" } },
    org: guidRef("org"),
  }),
  class: record(["title", "course", "school", "terms"], {
    title: { type: "string", minLength: 1 },
    classCode: { type: "string" },
    classType: { enum: ["homeroom", "scheduled"] },
    location: { type: "string" },
    grades: { type: "array", items: { type: "string" } },
    subjects: { type: "array", items: { type: "string" } },
    course: guidRef("course"),
    school: guidRef("org"),
    terms: { type: "array", minItems: 1, items: guidRef("academicSession") },
    periods: { type: "array", items: { type: "string" } },
  }),
  user: record(["enabledUser", "username", "givenName", "familyName", "roles"], {
    enabledUser: { type: "boolean" },
    username: { type: "string", minLength: 1 },
    userIds: { type: "array", items: { type: "object", required: ["type", "identifier"], properties: { type: { type: "string" }, identifier: { type: "string" } }, additionalProperties: false } },
    givenName: { type: "string" },
    familyName: { type: "string" },
    roles: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["roleType", "role", "org"],
        properties: {
          roleType: { enum: ["primary", "secondary"] },
          role: { enum: ["aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor", "relative", "siteAdministrator", "student", "systemAdministrator", "teacher", "administrator"] },
          org: guidRef("org"),
        },
        additionalProperties: false,
      },
    },
    identifier: { type: "string" },
    email: { type: "string" },
    agents: { type: "array", items: guidRef("user") },
    grades: { type: "array", items: { type: "string" } },
  }),
  enrollment: record(["user", "class", "school", "role"], {
    user: guidRef("user"),
    class: guidRef("class"),
    school: guidRef("org"),
    role: { enum: ["administrator", "proctor", "student", "teacher", "aide", "guardian", "parent"] },
    primary: { type: "boolean" },
    beginDate: { type: "string", pattern: DATE },
    endDate: { type: "string", pattern: DATE },
  }),
  lineItem: record(["title", "assignDate", "dueDate", "class", "school", "category", "resultValueMin", "resultValueMax"], {
    title: { type: "string", minLength: 1 },
    description: { type: "string" },
    assignDate: { type: "string", pattern: DATE_TIME },
    dueDate: { type: "string", pattern: DATE_TIME },
    class: guidRef("class"),
    school: guidRef("org"),
    category: guidRef("category"),
    academicSession: guidRef("academicSession"),
    resultValueMin: { type: "number" },
    resultValueMax: { type: "number" },
  }),
  result: record(["lineItem", "student", "scoreStatus", "scoreDate"], {
    lineItem: guidRef("lineItem"),
    student: guidRef("user"),
    class: guidRef("class"),
    scoreStatus: { enum: ["exempt", "fully graded", "not submitted", "partially graded", "submitted"] },
    score: { type: "number" },
    textScore: { type: "string" },
    scoreDate: { type: "string", pattern: DATE },
    comment: { type: "string" },
  }),
  statusInfo: {
    type: "object",
    required: ["imsx_codeMajor", "imsx_severity", "imsx_description", "imsx_CodeMinor"],
    properties: {
      imsx_codeMajor: { enum: ["success", "processing", "failure", "unsupported"] },
      imsx_severity: { enum: ["status", "warning", "error"] },
      imsx_description: { type: "string", minLength: 1 },
      imsx_CodeMinor: {
        type: "object",
        required: ["imsx_codeMinorField"],
        properties: {
          imsx_codeMinorField: {
            type: "array",
            minItems: 1,
            items: { type: "object", required: ["imsx_codeMinorFieldName", "imsx_codeMinorFieldValue"], properties: { imsx_codeMinorFieldName: { type: "string" }, imsx_codeMinorFieldValue: { type: "string" } } },
          },
        },
      },
    },
    additionalProperties: false,
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<keyof typeof SCHEMAS, ReturnType<typeof ajv.compile>>;

/** The problems of `value` against a record's schema (empty when valid). */
export function problems(kind: keyof typeof SCHEMAS, value: unknown): string[] {
  const validate = validators[kind];
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${kind}${e.instancePath} ${e.message}`);
}

/** The problems of every record of a list. */
export function problemsOfAll(kind: keyof typeof SCHEMAS, values: unknown[]): string[] {
  return values.flatMap((v) => problems(kind, v));
}
