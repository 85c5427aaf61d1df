// EduStream's records in OneRoster 1.2 shapes: the university is the one school org and its
// departments are orgs below it; terms are academic sessions; courses are courses; sections are
// classes; accounts are users; places in sections (and each section's instructor) are
// enrollments; each class has one line item, its final grade, and released grades are results.

export const ROSTERING_BASE = "/ims/oneroster/rostering/v1p2";
export const GRADEBOOK_BASE = "/ims/oneroster/gradebook/v1p2";

/** The sourcedId of the university (the one org of type school). */
export const UNIVERSITY_ID = "university";
/** The name the university goes by in OneRoster records. */
export const UNIVERSITY_NAME = "EduStream University";
/** The one line-item category: final grades. */
export const FINAL_CATEGORY_ID = "final-grade";

type Status = "active" | "tobedeleted";

/** A reference to another record (GUIDRef). */
export function ref(type: string, sourcedId: string, base = ROSTERING_BASE) {
  const path = { org: "orgs", academicSession: "academicSessions", course: "courses", class: "classes", user: "users", lineItem: "lineItems", category: "categories" }[type] ?? type;
  return { href: `${base}/${path}/${encodeURIComponent(sourcedId)}`, sourcedId, type };
}

export const departmentOrgId = (code: string) => `dept-${code}`;
export const teacherEnrollmentId = (sectionId: string) => `teach-${sectionId}`;
export const lineItemId = (sectionId: string) => `final-${sectionId}`;
export const resultId = (sectionId: string, studentId: string) => `final-${sectionId}-${studentId}`;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** The section of a line item's sourcedId, or undefined. */
export function sectionOfLineItem(id: string): string | undefined {
  return new RegExp(`^final-(${UUID})$`).exec(id)?.[1];
}
/** The section and student of a result's sourcedId, or undefined. */
export function partsOfResult(id: string): { sectionId: string; studentId: string } | undefined {
  const match = new RegExp(`^final-(${UUID})-(${UUID})$`).exec(id);
  return match ? { sectionId: match[1]!, studentId: match[2]! } : undefined;
}

/** Field lists per record: every top-level field (sort, fields) and the paths a filter may name. */
export const FIELDS = {
  org: ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parent", "children"],
  academicSession: ["sourcedId", "status", "dateLastModified", "title", "startDate", "endDate", "type", "parent", "children", "schoolYear"],
  course: ["sourcedId", "status", "dateLastModified", "title", "schoolYear", "courseCode", "grades", "subjects", "org"],
  class: ["sourcedId", "status", "dateLastModified", "title", "classCode", "classType", "location", "course", "school", "terms", "periods"],
  user: ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "roles", "identifier", "email", "agents", "grades"],
  enrollment: ["sourcedId", "status", "dateLastModified", "user", "class", "school", "role", "primary", "beginDate", "endDate"],
  lineItem: ["sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate", "class", "school", "category", "academicSession", "resultValueMin", "resultValueMax"],
  result: ["sourcedId", "status", "dateLastModified", "lineItem", "student", "class", "scoreStatus", "score", "textScore", "scoreDate", "comment"],
} as const;

const REF_PATHS = (name: string) => [`${name}.sourcedId`, `${name}.type`];
export const FILTERABLE: Record<keyof typeof FIELDS, readonly string[]> = {
  org: ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", ...REF_PATHS("parent")],
  academicSession: ["sourcedId", "status", "dateLastModified", "title", "startDate", "endDate", "type", "schoolYear"],
  course: ["sourcedId", "status", "dateLastModified", "title", "schoolYear", "courseCode", "subjects", ...REF_PATHS("org")],
  class: ["sourcedId", "status", "dateLastModified", "title", "classCode", "classType", "location", ...REF_PATHS("course"), ...REF_PATHS("school"), ...REF_PATHS("terms")],
  user: ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "givenName", "familyName", "identifier", "roles.role", "roles.roleType", "roles.org.sourcedId"],
  enrollment: ["sourcedId", "status", "dateLastModified", "role", "primary", "beginDate", "endDate", ...REF_PATHS("user"), ...REF_PATHS("class"), ...REF_PATHS("school")],
  lineItem: ["sourcedId", "status", "dateLastModified", "title", "assignDate", "dueDate", ...REF_PATHS("class"), ...REF_PATHS("academicSession")],
  result: ["sourcedId", "status", "dateLastModified", "scoreStatus", "score", "textScore", "scoreDate", ...REF_PATHS("lineItem"), ...REF_PATHS("student"), ...REF_PATHS("class")],
};

export interface TermFacts {
  id: string;
  code: string;
  name: string;
  starts_on: string;
  ends_on: string;
}
export interface SectionFacts {
  id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  code: string;
  term_id: string;
  instructor_id: string;
  room: string;
  status: string;
}

export function universityOrg(modified: string, departments: Array<{ code: string }>) {
  return {
    sourcedId: UNIVERSITY_ID,
    status: "active" as Status,
    dateLastModified: modified,
    name: UNIVERSITY_NAME,
    type: "school",
    identifier: UNIVERSITY_ID,
    children: departments.map((d) => ref("org", departmentOrgId(d.code))),
  };
}

export function departmentOrg(modified: string, department: { code: string; name: string }) {
  return {
    sourcedId: departmentOrgId(department.code),
    status: "active" as Status,
    dateLastModified: modified,
    name: department.name,
    type: "department",
    identifier: department.code,
    parent: ref("org", UNIVERSITY_ID),
  };
}

export function academicSession(modified: string, term: TermFacts) {
  return {
    sourcedId: term.id,
    status: "active" as Status,
    dateLastModified: modified,
    title: term.name,
    startDate: term.starts_on,
    endDate: term.ends_on,
    type: "term",
    schoolYear: term.ends_on.slice(0, 4),
  };
}

export function course(modified: string, c: { id: string; code: string; title: string; department: string; retired: boolean; departmentName?: string }) {
  return {
    sourcedId: c.id,
    status: (c.retired ? "tobedeleted" : "active") as Status,
    dateLastModified: modified,
    title: c.title,
    courseCode: c.code,
    subjects: c.departmentName ? [c.departmentName] : [],
    org: ref("org", departmentOrgId(c.department)),
  };
}

export function oneRosterClass(modified: string, s: SectionFacts) {
  return {
    sourcedId: s.id,
    status: (s.status === "CANCELLED" ? "tobedeleted" : "active") as Status,
    dateLastModified: modified,
    title: `${s.course_code}-${s.code} ${s.course_title}`,
    classCode: `${s.course_code}-${s.code}`,
    classType: "scheduled",
    location: s.room,
    course: ref("course", s.course_id),
    school: ref("org", UNIVERSITY_ID),
    terms: [ref("academicSession", s.term_id)],
  };
}

const ROLE_NAMES: Record<string, string> = { STUDENT: "student", FACULTY: "teacher", ADMIN: "administrator" };

/** Given and family names from one display name: the last word is the family name. */
export function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { givenName: words[0] ?? "", familyName: words[0] ?? "" };
  return { givenName: words.slice(0, -1).join(" "), familyName: words.at(-1)! };
}

export function user(u: { id: string; username: string; name: string; role: string; disabled: boolean; created_at: string }) {
  return {
    sourcedId: u.id,
    status: "active" as Status,
    dateLastModified: u.created_at,
    enabledUser: !u.disabled,
    username: u.username,
    userIds: [{ type: "username", identifier: u.username }],
    ...splitName(u.name),
    roles: [{ roleType: "primary", role: ROLE_NAMES[u.role] ?? "student", org: ref("org", UNIVERSITY_ID) }],
    identifier: u.username,
    agents: [],
  };
}

export function studentEnrollment(e: { id: string; section_id: string; student_id: string; status: string; created_at: string; updated_at: string }) {
  return {
    sourcedId: e.id,
    status: (e.status === "ENROLLED" ? "active" : "tobedeleted") as Status,
    dateLastModified: e.updated_at,
    user: ref("user", e.student_id),
    class: ref("class", e.section_id),
    school: ref("org", UNIVERSITY_ID),
    role: "student",
    primary: false,
    beginDate: e.created_at.slice(0, 10),
  };
}

export function teacherEnrollment(modified: string, s: SectionFacts) {
  return {
    sourcedId: teacherEnrollmentId(s.id),
    status: (s.status === "CANCELLED" ? "tobedeleted" : "active") as Status,
    dateLastModified: modified,
    user: ref("user", s.instructor_id),
    class: ref("class", s.id),
    school: ref("org", UNIVERSITY_ID),
    role: "teacher",
    primary: true,
  };
}

/** The grade points of the scale's highest grade (a result's score runs from 0 to it). */
export const MAX_POINTS = 4;

export function lineItem(modified: string, s: SectionFacts, term: TermFacts | undefined) {
  return {
    sourcedId: lineItemId(s.id),
    status: (s.status === "CANCELLED" ? "tobedeleted" : "active") as Status,
    dateLastModified: modified,
    title: `Final grade ${s.course_code}-${s.code}`,
    description: "The final letter grade of the class, as released by its instructor.",
    assignDate: term ? `${term.starts_on}T00:00:00.000Z` : modified,
    dueDate: term ? `${term.ends_on}T23:59:59.000Z` : modified,
    class: ref("class", s.id, ROSTERING_BASE),
    school: ref("org", UNIVERSITY_ID, ROSTERING_BASE),
    category: ref("category", FINAL_CATEGORY_ID, GRADEBOOK_BASE),
    academicSession: ref("academicSession", s.term_id, ROSTERING_BASE),
    resultValueMin: 0,
    resultValueMax: MAX_POINTS,
  };
}

export function result(sectionId: string, row: { student_id: string; grade: string; updated_at: string }, points: number | undefined) {
  return {
    sourcedId: resultId(sectionId, row.student_id),
    status: "active" as Status,
    dateLastModified: row.updated_at,
    lineItem: ref("lineItem", lineItemId(sectionId), GRADEBOOK_BASE),
    student: ref("user", row.student_id, ROSTERING_BASE),
    class: ref("class", sectionId, ROSTERING_BASE),
    scoreStatus: "fully graded",
    ...(points === undefined ? {} : { score: points }),
    textScore: row.grade,
    scoreDate: row.updated_at.slice(0, 10),
    comment: "",
  };
}
