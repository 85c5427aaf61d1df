// The catalog search page: the search form, the results with their sections (each with the
// student's buttons) and paging by opaque tokens kept in the URL.
import { Elysia } from "elysia";
import { Alert, Layout, PageHeader } from "../../components/layout";
import { FilterSelect } from "../../components/form";
import { myEnrollmentsBySection } from "../../components/registration/api";
import { queryString, type Course, type Department, type MyEnrollment, type SearchResult, type Term } from "../../components/registration/model";
import { Prerequisites } from "../../components/registration/prerequisites";
import { Notice, SectionItem } from "../../components/registration/section-item";
import { drawnOnce, type CatalogAnswer, type CatalogReads } from "../../catalog-reads";
import { GatewayError } from "../../gateway";
import { sessionPlugin, type Session, type ViewDeps } from "../../session";
import { plural } from "../../../shared/plural";
import { formatDateTime } from "../../../shared/university-time";
import { describeFilters, filterErrorsOf, FilterErrorSlots, FilterFields, filterParams, filterQuery, NO_FILTERS, readFilters, type CatalogFilters, type FilterErrors } from "./filters";
import { text } from "./params";
import { LiveSeats } from "./live-seats";

const PAGE_SIZE = 10;
const autofocus = (on: boolean): object => (on ? { autofocus: true } : {});
// Page tokens are opaque: "Previous" walks back through the tokens that led here, kept in the URL.
const FIRST_PAGE = "start";
const TOKEN = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_PREVIOUS = 100;

/** A catalog query as the URL carries it. */
export interface CatalogQuery {
  q: string;
  term: string;
  department: string;
  open: boolean;
  filters: CatalogFilters;
  page: string;
  previous: string[];
}

export function readQuery(query: Record<string, unknown>): CatalogQuery {
  const page = text(query.page, 100);
  return {
    q: text(query.q, 200),
    term: text(query.term, 64),
    department: text(query.department, 10),
    open: query.open === "1" || query.open === "true" || query.open === "on",
    filters: readFilters(query),
    page: TOKEN.test(page) ? page : "",
    previous: text(query.prev, 10_000)
      .split("~")
      .filter((token) => TOKEN.test(token))
      .slice(-MAX_PREVIOUS),
  };
}

/** The shareable address of a catalog query. */
function catalogUrl(query: CatalogQuery, page = query.page, previous = query.previous): string {
  return `/catalog${queryString({ q: query.q, term: query.term, department: query.department, open: query.open ? "1" : "", ...filterParams(query.filters), page, prev: previous.join("~") })}`;
}

/** The gateway's search query of a catalog query (empty values left out). */
export function searchQuery(query: CatalogQuery) {
  return { q: query.q || undefined, term: query.term || undefined, department: query.department || undefined, open_only: query.open || undefined, ...filterQuery(query.filters), page_size: PAGE_SIZE, page_token: query.page || undefined };
}

/** The search form: results update as the student types or changes a filter. */
function SearchForm(props: { query: CatalogQuery; terms: Term[]; departments: Department[]; termId?: string; errors?: FilterErrors }) {
  const { query } = props;
  return (
    <form
      id="catalog-search"
      role="search"
      aria-label="Catalog"
      method="get"
      action="/catalog"
      hx-get="/catalog"
      hx-trigger="input delay:300ms, submit"
      hx-target="#catalog-results"
      hx-swap="innerHTML"
      hx-sync="replace"
      class="card mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <div class="sm:col-span-2 lg:col-span-1">
        <label for="catalog-q" class="mb-1 block text-sm font-medium">
          Search courses
        </label>
        <input
          id="catalog-q"
          name="q"
          type="search"
          value={query.q}
          maxlength={200}
          autocomplete="off"
          placeholder="e.g. CS 101, calculus, writing"
          aria-describedby="catalog-q-hint"
          class="input"
        />
        <p id="catalog-q-hint" class="mt-1 text-xs text-slate-500">
          Matches course code, title and description. Results update as you type.
        </p>
      </div>
      <FilterSelect
        id="catalog-term"
        name="term"
        label="Term"
        options={props.terms.map((term) => ({ value: term.id, label: `${term.name}${term.registration_open ? " (registration open)" : ""}` }))}
        value={props.termId}
      />
      <FilterSelect
        id="catalog-department"
        name="department"
        label="Department"
        all="All departments"
        options={props.departments.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
        value={query.department.toUpperCase()}
      />
      <div class="flex flex-col justify-end gap-3 sm:col-span-2 lg:col-span-1">
        <label class="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="open" value="1" checked={query.open} class="h-4 w-4 accent-indigo-700" />
          Open seats only
        </label>
        <button type="submit" class="btn-primary">
          Search
          <span class="htmx-indicator ml-2 text-xs" aria-hidden="true">
            …
          </span>
        </button>
      </div>
      <FilterFields filters={query.filters} errors={props.errors} />
    </form>
  );
}

/** One course of the results, with its sections in the term. */
function CourseCard(props: { session: Session; course: Course; term?: Term; mine: Map<string, MyEnrollment>; returnTo: string }) {
  const { course } = props;
  const termParam = props.term ? `?term=${encodeURIComponent(props.term.id)}` : "";
  return (
    <li class="card">
      <div class="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 class="text-lg font-semibold">
          <a href={`/courses/${course.id}${termParam}`} class="link" safe>
            {`${course.code} · ${course.title}`}
          </a>
        </h3>
        <p class="text-sm text-slate-600" safe>
          {`${plural(course.credits, "credit")} · ${course.department}`}
        </p>
      </div>
      {!!course.description && (
        <p class="mt-1 text-sm text-slate-700" safe>
          {course.description}
        </p>
      )}
      <Prerequisites course={course} />
      {course.sections.length ? (
        <ul class="mt-3 space-y-2" aria-label={`Sections of ${course.code}`}>
          {course.sections.map((section) => (
            <SectionItem session={props.session} section={section} term={props.term} enrollment={props.mine.get(section.id)} returnTo={props.returnTo} />
          ))}
        </ul>
      ) : (
        <p class="mt-3 text-sm text-slate-600">No sections of this course are offered in this term.</p>
      )}
    </li>
  );
}


/** The results area: summary, courses, pagination; or a clear empty state. */
function Results(props: { session: Session; query: CatalogQuery; result: SearchResult; mine: Map<string, MyEnrollment>; focus: boolean }) {
  const { query, result } = props;
  const term = result.term;
  const filters = [query.q && `“${query.q}”`, query.department && `in ${query.department.toUpperCase()}`, query.open && "with open seats", ...describeFilters(query.filters)].filter(Boolean).join(" ");
  const pageNumber = query.previous.length + 1;
  const pages = Math.max(1, Math.ceil(result.total_size / PAGE_SIZE));
  if (!term) return <Alert kind="info">No term is set up yet, so there is nothing to search. Check back when the catalog is published.</Alert>;
  if (!result.courses.length) {
    if (!filters) {
      const summary = `No courses are offered in ${term.name} yet.`;
      return (
        <div class="card" data-announce={summary}>
          <p class="font-medium" safe>
            {summary}
          </p>
          <p class="mt-1 text-sm text-slate-700">Sections appear here once the registrar schedules them. Choose another term to see its courses.</p>
        </div>
      );
    }
    const summary = `No courses match ${filters} in ${term.name}.`;
    return (
      <div class="card" data-announce={summary}>
        <p class="font-medium" safe>
          {summary}
        </p>
        <p class="mt-1 text-sm text-slate-700">Try fewer or different words or filters, another department or term, or turn off “Open seats only”.</p>
        <a href={catalogUrl({ ...query, q: "", department: "", open: false, filters: NO_FILTERS }, "", [])} class="link mt-2 inline-block text-sm">
          Clear the search and filters
        </a>
      </div>
    );
  }
  const summary = `${plural(result.total_size, "course")}${filters ? ` ${result.total_size === 1 ? "matches" : "match"} ${filters}` : ""} in ${term.name}${pages > 1 ? ` · page ${pageNumber} of ${pages}` : ""}.`;
  const returnTo = catalogUrl(query);
  const previousToken = query.previous.at(-1);
  return (
    <>
      <h2 id="catalog-summary" class="mb-3 text-sm font-medium text-slate-700" tabindex="-1" {...autofocus(props.focus)} data-announce={summary} safe>
        {summary}
      </h2>
      {!term.registration_open && (
        <Notice text={`Registration for ${term.name} is not open (window: ${formatDateTime(term.registration_opens_at, props.session.timeZone)} to ${formatDateTime(term.registration_closes_at, props.session.timeZone)}).`} />
      )}
      <ol class="space-y-4">
        {result.courses.map((course) => (
          <CourseCard session={props.session} course={course} term={term} mine={props.mine} returnTo={returnTo} />
        ))}
      </ol>
      <LiveSeats url={returnTo.replace(/^\/catalog/, "/catalog/seats")} />
      {!!(previousToken || result.next_page_token) && (
        <nav aria-label="Result pages" class="mt-6 flex flex-wrap items-center justify-between gap-3">
          {previousToken ? (
            <a
              id="catalog-previous"
              href={catalogUrl(query, previousToken === FIRST_PAGE ? "" : previousToken, query.previous.slice(0, -1))}
              hx-get={catalogUrl(query, previousToken === FIRST_PAGE ? "" : previousToken, query.previous.slice(0, -1))}
              hx-target="#catalog-results"
              hx-swap="innerHTML show:top"
              class="btn-secondary"
            >
              ← Previous page
            </a>
          ) : (
            <span />
          )}
          <span class="text-sm text-slate-600" safe>{`Page ${pageNumber} of ${pages}`}</span>
          {result.next_page_token ? (
            <a
              id="catalog-next"
              href={catalogUrl(query, result.next_page_token, [...query.previous, query.page || FIRST_PAGE])}
              hx-get={catalogUrl(query, result.next_page_token, [...query.previous, query.page || FIRST_PAGE])}
              hx-target="#catalog-results"
              hx-swap="innerHTML show:top"
              class="btn-secondary"
            >
              Next page →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}

/** Runs the search; a refused query (e.g. an unknown term) becomes a message in place. */
async function search(session: Session, catalog: CatalogReads, query: CatalogQuery): Promise<{ answer?: CatalogAnswer<SearchResult>; result?: SearchResult; error?: string; filterErrors?: FilterErrors; mine: Map<string, MyEnrollment> }> {
  try {
    const answer = await catalog.search(searchQuery(query));
    return { answer, result: answer.data, mine: await myEnrollmentsBySection(session, answer.data.term?.id) };
  } catch (error) {
    if (error instanceof GatewayError && error.status >= 400 && error.status < 500 && error.status !== 401) {
      const filterErrors = filterErrorsOf(error.fieldMessages());
      return { error: filterErrors ? "Some filters need a change: see the message beside each." : error.message, filterErrors, mine: new Map() };
    }
    throw error;
  }
}

/**
 * The results of a search: drawn once per answer and address for visitors who are not signed in
 * (nothing in them is theirs), drawn for each request for signed-in users (their buttons).
 */
function ResultsOf(props: { session: Session; query: CatalogQuery; found: Awaited<ReturnType<typeof search>>; focus: boolean }) {
  const { session, query, found } = props;
  if (!found.result || !found.answer) return <SearchFailure message={found.error ?? ""} />;
  const draw = () => <Results session={session} query={query} result={found.result!} mine={found.mine} focus={props.focus} />;
  return session.claims ? draw() : drawnOnce(found.answer, `${catalogUrl(query)} ${props.focus}`, draw);
}

function SearchFailure(props: { message: string }) {
  return (
    <div class="card" data-announce={props.message}>
      <p class="font-medium" safe>
        {props.message}
      </p>
      <a href="/catalog" class="link mt-2 inline-block text-sm">
        Start a new search
      </a>
    </div>
  );
}

/** GET /catalog: the whole page, or (htmx) the results alone. */
export function searchPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/catalog", async ({ session, query, request, set }) => {
      // The day checkboxes repeat `days`: all of them, not the one the parsed query keeps.
      const catalogQuery = readQuery({ ...query, days: new URL(request.url).searchParams.getAll("days") });
      const { catalog } = deps.gateway;
      if (session.htmx) {
        const found = await search(session, catalog, catalogQuery);
        set.headers["hx-replace-url"] = catalogUrl(catalogQuery);
        const paging = /^a#catalog-(next|previous)$/.test(request.headers.get("hx-source") ?? "");
        return (
          <>
            <ResultsOf session={session} query={catalogQuery} found={found} focus={paging} />
            <FilterErrorSlots errors={found.filterErrors} />
          </>
        );
      }
      // The search first: terms and departments read at its catalog version a moment ago need no call.
      const found = await search(session, catalog, catalogQuery);
      const [terms, departments] = await Promise.all([catalog.terms(found.answer), catalog.departments(found.answer)]);
      return (
        <Layout title="Course catalog" session={session} path="/catalog">
          <PageHeader
            title="Course catalog"
            lead={session.claims?.role === "STUDENT" ? "Find sections and add them to your schedule. Full sections offer a waitlist." : session.claims ? "Browse courses and their sections." : "Browse courses and sections. Sign in as a student to add them to your schedule."}
          />
          <SearchForm query={catalogQuery} terms={terms.data.terms} departments={departments.data.departments} termId={found.result?.term?.id ?? catalogQuery.term} errors={found.filterErrors} />
          <section id="catalog-results" aria-label="Search results">
            <ResultsOf session={session} query={catalogQuery} found={found} focus={false} />
          </section>
        </Layout>
      );
    });
}
