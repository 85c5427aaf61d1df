// A course's page: its description, prerequisites and its sections in a term, each with the
// student's Add / Join waitlist / Drop button.
import { Elysia } from "elysia";
import { Layout, PageHeader } from "../../components/layout";
import { FilterSelect } from "../../components/form";
import { loadTerms, myEnrollmentsBySection } from "../../components/registration/api";
import { queryString, requestPath } from "../../components/registration/model";
import { ok, present } from "../../gateway";
import { Prerequisites } from "../../components/registration/prerequisites";
import { Notice, SectionItem } from "../../components/registration/section-item";
import { sessionPlugin, type ViewDeps } from "../../session";
import { plural } from "../../../shared/plural";
import { IdParams, text } from "./params";

/** GET /courses/:id (?term=): the course and its sections in the term. */
export function coursePages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get(
    "/courses/:id",
    async ({ session, params, query, request }) => {
      const termId = text(query.term, 64);
      const [{ course, term }, terms] = await Promise.all([
        ok(session.gateway.courses({ id: params.id }).get({ query: termId ? { term: termId } : {} })).then(({ course, term }) => ({ course: present(course, "the course"), term: term ?? undefined })),
        loadTerms(session),
      ]);
      const mine = await myEnrollmentsBySection(session, term?.id);
      const returnTo = requestPath(request);
      return (
        <Layout title={`${course.code} ${course.title}`} session={session} path="/catalog">
          <p class="mb-2 text-sm">
            <a href={`/catalog${queryString({ term: term?.id })}`} class="link">
              ← Back to the catalog
            </a>
          </p>
          <PageHeader title={`${course.code} · ${course.title}`} lead={`${plural(course.credits, "credit")} · ${course.department}`} />
          <div class="card mb-6">
            <p class="text-slate-800" safe>
              {course.description || "No description yet."}
            </p>
            <Prerequisites course={course} />
          </div>
          <div class="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 class="text-xl font-semibold" safe>
              {`Sections in ${term?.name ?? "this term"}`}
            </h2>
            <form method="get" action={`/courses/${course.id}`} class="flex items-end gap-2">
              <FilterSelect id="course-term" name="term" label="Term" options={terms.map((t) => ({ value: t.id, label: t.name }))} value={term?.id} />
              <button type="submit" class="btn-secondary">
                Show
              </button>
            </form>
          </div>
          {term && !term.registration_open ? <Notice text={`Registration for ${term.name} is not open.`} /> : <></>}
          {course.sections.length ? (
            <ul class="space-y-2" aria-label={`Sections of ${course.code}`}>
              {course.sections.map((section) => (
                <SectionItem session={session} section={section} term={term} enrollment={mine.get(section.id)} returnTo={returnTo} />
              ))}
            </ul>
          ) : (
            <p class="card text-slate-700" safe>
              {`${course.code} has no sections in ${term?.name ?? "this term"}. Choose another term above, or search the catalog for similar courses.`}
            </p>
          )}
        </Layout>
      );
    },
    { params: IdParams },
  );
}
