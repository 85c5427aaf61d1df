import type { CourseServiceHandlers } from "../generated/proto/edustream/course/v1/CourseService";
import { AppError } from "../shared/errors";
import { requireCaller, type AsyncHandlers, type CallContext } from "../shared/grpc/server";
import type { CatalogStore } from "./catalog-store";
import type { CourseCatalog } from "./courses";
import type { SectionCatalog } from "./sections";
import type { TermCatalog } from "./terms";
import { auditFilter } from "../shared/audit-view";
import { clientMay } from "../shared/oneroster/scopes";

/** Catalog reads anyone may make, signed in or not. */
export const PUBLIC_METHODS = ["ListTerms", "GetTerm", "ListDepartments", "SearchCourses", "GetCourse", "GetSection", "BatchGetSections", "GetCatalogVersion"] as const;

/**
 * The section list with its filters is an admin view (REST: GET /sections, admin only); faculty
 * may list their own sections (faculty-grades asks for them with their token). Students browse
 * through SearchCourses.
 */
function mayListSections(context: CallContext, instructorId: string) {
  const { claims } = requireCaller(context);
  if (claims.role === "ADMIN" || (claims.role === "FACULTY" && instructorId === claims.sub)) return;
  // An LMS client with a roster scope reads every section (OneRoster classes).
  if (clientMay(claims, "roster")) return;
  throw new AppError("PERMISSION_DENIED", claims.role === "FACULTY" ? "Faculty may list only their own sections (instructor_id must be your id)." : "Only admins may list sections; browse the catalog instead.");
}

/** The course node's rules, one object per resource; the audit trail is read from the store. */
export interface CatalogServices {
  terms: TermCatalog;
  courses: CourseCatalog;
  sections: SectionCatalog;
  store: CatalogStore;
}

/** Thin gRPC adapters: decode the request, call the resource's rules, return their answer. */
export function courseHandlers({ terms, courses, sections, store }: CatalogServices): AsyncHandlers<CourseServiceHandlers> {
  return {
    // Terms, newest first.
    ListTerms: () => terms.listTerms(),
    // One term.
    GetTerm: (req) => terms.getTerm(req.id),
    // Admin: create a term.
    CreateTerm: (req, ctx) => terms.createTerm(requireCaller(ctx), req),
    // Admin: change a term.
    UpdateTerm: (req, ctx) => terms.updateTerm(requireCaller(ctx), req),
    // Admin: delete a term without sections.
    DeleteTerm: (req, ctx) => terms.deleteTerm(requireCaller(ctx), req.id),
    // Departments that have courses.
    ListDepartments: () => courses.listDepartments(),
    // Catalog search with sections of the term.
    SearchCourses: (req) =>
      courses.searchCourses({
        query: req.query,
        termId: req.term_id,
        department: req.department,
        openOnly: req.open_only,
        pageSize: req.page_size,
        pageToken: req.page_token,
        includeUnoffered: req.include_unoffered,
        orderBy: req.order_by,
        days: req.days,
        startsAfter: req.starts_after,
        endsBefore: req.ends_before,
        instructor: req.instructor,
        minCredits: req.min_credits,
        maxCredits: req.max_credits,
      }),
    // One course with its sections.
    GetCourse: (req) => courses.getCourse(req.id, req.term_id),
    // Admin: create a course.
    CreateCourse: (req, ctx) =>
      courses.createCourse(requireCaller(ctx), { code: req.code, title: req.title, description: req.description, credits: req.credits, department: req.department, prerequisiteIds: req.prerequisite_ids }),
    // Admin: change a course.
    UpdateCourse: (req, ctx) =>
      courses.updateCourse(requireCaller(ctx), {
        id: req.id,
        code: req.code,
        title: req.title,
        description: req.description,
        credits: req.credits,
        department: req.department,
        setPrerequisites: req.set_prerequisites,
        prerequisiteIds: req.prerequisite_ids,
      }),
    // Admin: retire a course.
    RetireCourse: (req, ctx) => courses.retireCourse(requireCaller(ctx), req.id),
    // One section with seats.
    GetSection: (req) => sections.getSection(req.id),
    // Several sections.
    BatchGetSections: (req) => sections.batchGetSections(req.ids),
    // Sections by term, course, instructor or text.
    ListSections: (req, ctx) => {
      mayListSections(ctx, req.instructor_id);
      return sections.listSections({ termId: req.term_id, courseId: req.course_id, instructorId: req.instructor_id, query: req.query, pageSize: req.page_size, pageToken: req.page_token });
    },
    // Admin: create a section.
    CreateSection: (req, ctx) =>
      sections.createSection(requireCaller(ctx), {
        courseId: req.course_id,
        termId: req.term_id,
        code: req.code,
        instructorId: req.instructor_id,
        room: req.room,
        meetings: req.meetings,
        capacity: req.capacity,
      }),
    // Admin: change a section (capacity through the enrollment service).
    UpdateSection: (req, ctx) =>
      sections.updateSection(requireCaller(ctx), {
        id: req.id,
        code: req.code,
        instructorId: req.instructor_id,
        room: req.room,
        setMeetings: req.set_meetings,
        meetings: req.meetings,
        capacity: req.capacity,
      }),
    // Admin: cancel a section and its enrollments.
    CancelSection: (req, ctx) => sections.cancelSection(requireCaller(ctx), { id: req.id, confirm: req.confirm }),
    // The catalog version, for caches of catalog reads.
    GetCatalogVersion: () => store.catalogVersion(),
    // Admin: audit trail of catalog changes.
    ListAuditEvents: (req, ctx) => store.listAuditEvents(requireCaller(ctx), { ...auditFilter(req), pageSize: req.page_size, pageToken: req.page_token }),
  };
}
