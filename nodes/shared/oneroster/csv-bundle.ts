// The OneRoster 1.2 CSV binding in bulk mode: manifest.csv and one file per record kind, zipped.
// csv-stringify writes the CSV (quoting as RFC 4180 asks), fflate the zip.
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";

type Row = Record<string, unknown>;
const refId = (value: unknown) => ((value as { sourcedId?: string } | undefined)?.sourcedId ?? "");
const refIds = (value: unknown) => ((value as Array<{ sourcedId: string }> | undefined) ?? []).map((r) => r.sourcedId).join(",");
const bool = (value: unknown) => (value === true ? "true" : value === false ? "false" : "");
const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** Each file's header (the CSV binding's columns, in order) and how a record fills a row. Bulk mode leaves status and dateLastModified empty. */
const FILES = {
  "orgs.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
    row: (o: Row) => [o.sourcedId, "", "", o.name, o.type, o.identifier, refId(o.parent)],
  },
  "academicSessions.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"],
    row: (a: Row) => [a.sourcedId, "", "", a.title, a.type, a.startDate, a.endDate, refId(a.parent), a.schoolYear],
  },
  "courses.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"],
    row: (c: Row) => [c.sourcedId, "", "", "", c.title, c.courseCode, "", refId(c.org), ((c.subjects as string[]) ?? []).join(","), ""],
  },
  "classes.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"],
    row: (c: Row) => [c.sourcedId, "", "", c.title, "", refId(c.course), c.classCode, c.classType, c.location, refId(c.school), refIds(c.terms), "", "", ""],
  },
  "users.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"],
    row: (u: Row) => {
      const ids = ((u.userIds as Array<{ type: string; identifier: string }>) ?? []).map((i) => `{${i.type}:${i.identifier}}`).join(",");
      const primaryOrg = ((u.roles as Array<{ roleType: string; org: unknown }>) ?? []).find((r) => r.roleType === "primary")?.org;
      return [u.sourcedId, "", "", bool(u.enabledUser), u.username, ids, u.givenName, u.familyName, "", u.identifier, "", "", "", "", "", "", "", "", "", "", "", refId(primaryOrg), ""];
    },
  },
  "roles.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId"],
    rows: (u: Row) =>
      ((u.roles as Array<{ roleType: string; role: string; org: unknown }>) ?? []).map((r, i) => [`${u.sourcedId}-role-${i + 1}`, "", "", u.sourcedId, r.roleType, r.role, "", "", refId(r.org), ""]),
  },
  "enrollments.csv": {
    columns: ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"],
    row: (e: Row) => [e.sourcedId, "", "", refId(e.class), refId(e.school), refId(e.user), e.role, bool(e.primary), e.beginDate, e.endDate],
  },
} as const;

/** Every file the 1.2 manifest names; those not in FILES are "absent". */
const MANIFEST_FILES = [
  "academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems",
  "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users",
];

export interface BundleRecords {
  orgs: Row[];
  academicSessions: Row[];
  courses: Row[];
  classes: Row[];
  users: Row[];
  enrollments: Row[];
}

/** The CSV text of each file of the bundle (manifest first). */
export function bundleFiles(records: BundleRecords): Record<string, string> {
  const csv = (columns: readonly string[], rows: unknown[][]) => stringify([columns as unknown as string[], ...rows.map((r) => r.map(text))]);
  const present = new Set(Object.keys(FILES).map((f) => f.replace(/\.csv$/, "")));
  const manifest = [
    ["manifest.version", "1.0"],
    ["oneroster.version", "1.2"],
    ...MANIFEST_FILES.map((name) => [`file.${name}`, present.has(name) ? "bulk" : "absent"]),
    ["source.systemName", "EduStream"],
    ["source.systemCode", ""],
  ];
  return {
    "manifest.csv": csv(["propertyName", "value"], manifest),
    "orgs.csv": csv(FILES["orgs.csv"].columns, records.orgs.map(FILES["orgs.csv"].row)),
    "academicSessions.csv": csv(FILES["academicSessions.csv"].columns, records.academicSessions.map(FILES["academicSessions.csv"].row)),
    "courses.csv": csv(FILES["courses.csv"].columns, records.courses.map(FILES["courses.csv"].row)),
    "classes.csv": csv(FILES["classes.csv"].columns, records.classes.map(FILES["classes.csv"].row)),
    "users.csv": csv(FILES["users.csv"].columns, records.users.map(FILES["users.csv"].row)),
    "roles.csv": csv(FILES["roles.csv"].columns, records.users.flatMap(FILES["roles.csv"].rows)),
    "enrollments.csv": csv(FILES["enrollments.csv"].columns, records.enrollments.map(FILES["enrollments.csv"].row)),
  };
}

/** The bundle as one zip file. */
export function bundleZip(records: BundleRecords): Uint8Array {
  const files = bundleFiles(records);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)])), { level: 6 });
}
