// What people call the fields of the APIs and forms. Error messages name fields by these labels
// (the API keeps the field code in an error's details, for programs); the forms label their
// controls with the same words, so a message reads like the form it is about.

/** The label of each field code, as the forms show it. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // Terms
  code: "Code",
  name: "Name",
  starts_on: "First day of classes",
  ends_on: "Last day of classes",
  registration_opens_at: "Registration opens",
  registration_closes_at: "Registration closes",
  add_drop_deadline: "Add/drop deadline",
  // Courses
  title: "Title",
  description: "Description",
  credits: "Credits",
  department: "Department",
  prerequisite_ids: "Prerequisites",
  // Sections
  course_id: "Course",
  term_id: "Term",
  section_id: "Section",
  instructor_id: "Instructor",
  room: "Room",
  capacity: "Capacity",
  meetings: "Meeting times",
  day: "Day",
  start_time: "Start time",
  end_time: "End time",
  confirm: "Confirmation",
  // Accounts
  username: "Username",
  password: "Password",
  current_password: "Current password",
  new_password: "New password",
  role: "Role",
  disabled: "Disabled",
  refresh_token: "Refresh token",
  email: "Email address",
  // Notifications
  ids: "Notifications",
  unread_only: "Unread only",
  // LMS clients (OneRoster)
  scopes: "Scopes",
  // Registration and grades
  waitlist: "Join the waitlist",
  include_dropped: "Include dropped sections",
  include_lifted: "Include lifted holds",
  withdraw: "Confirm the withdrawal",
  idempotency_key: "Idempotency key",
  student_id: "Student",
  grade: "Grade",
  reason: "Reason",
  csv: "CSV file",
  file: "Calendar address",
  dry_run: "Preview only",
  // Holds and registration appointments
  kind: "Kind of hold",
  contact: "Whom to contact",
  hold_id: "Hold",
  group_id: "Appointment group",
  basis: "Group by",
  standing: "Class standing",
  starts_at: "Appointment starts",
  student_ids: "Students",
  students: "Students",
  // Lists and searches
  q: "Search text",
  query: "Search text",
  term: "Term",
  course: "Course",
  instructor: "Instructor",
  open_only: "Open seats only",
  days: "Days",
  starts_after: "Starting at or after",
  ends_before: "Ending by",
  min_credits: "Credits from",
  max_credits: "Credits up to",
  all: "All courses",
  order_by: "Sort order",
  page_size: "Page size",
  page_token: "Page token",
  actor: "Who",
  object: "Object",
  action: "Action",
  since: "From",
  until: "To",
  // The request itself
  id: "The id in the address",
  body: "Request body",
};

/**
 * The label of a field code: "ends_on" → "Last day of classes"; an item of a list
 * ("meetings[1]", "meetings.1.day") → "Meeting times, row 2 (Day)". An unknown code reads as
 * words ("some_field" → "Some field").
 */
export function fieldLabel(field: string): string {
  const item = /^([a-z_]+)(?:\[(\d+)\]|\.(\d+))(?:\.([a-z_]+))?$/.exec(field);
  if (item) {
    const [, list = "", bracket, dotted, part] = item;
    const row = `${fieldLabel(list)}, row ${Number(bracket ?? dotted) + 1}`;
    return part ? `${row} (${fieldLabel(part)})` : row;
  }
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/[._]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "This field";
}

/** A message about one field that starts with its label: ("ends_on", "must be a date.") → "Last day of classes must be a date." */
export function fieldMessage(field: string, problem: string): string {
  return `${fieldLabel(field)} ${problem}`;
}

/** The labels of several fields as a list: "Last day of classes and Registration closes". */
export function fieldList(fields: readonly string[]): string {
  const labels = [...new Set(fields.map(fieldLabel))];
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
