// A section's own page, its card alone (what "Keep it" swaps back in), and the "are you sure?"
// step of a drop.
import { Elysia } from "elysia";
import { Layout, PageHeader } from "../../components/layout";
import { loadSectionContext } from "../../components/registration/api";
import { localPath, requestPath, sectionLabel, type Outcome, type Section, type Term } from "../../components/registration/model";
import { SectionCard, SectionItem } from "../../components/registration/section-item";
import { Redirect, requireUser, sessionPlugin, type Session, type ViewDeps } from "../../session";
import { plural } from "../../../shared/plural";
import { describeMeetings } from "../../../shared/schedule";
import { drawnOnce } from "../../catalog-reads";
import { GatewayError } from "../../gateway";
import { IdParams } from "./params";
import { LiveSeats } from "./live-seats";
import { CsrfField } from "../../components/form";

/** A section page (or fragment): the item alone, within a page naming its course and term. */
export function SectionPage(props: { session: Session; title: string; lead?: string; children: JSX.Element; courseId: string; termId: string; liveSeatsUrl?: string }) {
  return (
    <Layout title={props.title} session={props.session} path="/catalog">
      <p class="mb-2 text-sm">
        <a href={`/courses/${props.courseId}?term=${encodeURIComponent(props.termId)}`} class="link">
          ← Back to the course
        </a>
      </p>
      <PageHeader title={props.title} lead={props.lead} />
      <ul>{props.children as "safe"}</ul>
      {props.liveSeatsUrl ? <LiveSeats url={props.liveSeatsUrl} /> : ""}
    </Layout>
  );
}

/**
 * A section's page for a visitor who is not signed in: the section and the terms from the view's
 * shared catalog reads, the card drawn once per answer (nothing in it is the visitor's).
 */
async function visitorSectionPage(deps: ViewDeps, session: Session, sectionId: string, returnTo: string) {
  const answer = await deps.gateway.catalog.section(sectionId);
  const terms = await deps.gateway.catalog.terms(answer);
  const section = answer.data.section;
  if (!section) throw new GatewayError(404, "NOT_FOUND", "The section was not found.");
  const term = terms.data.terms.find((t) => t.id === section.term_id);
  const card = await drawnOnce(answer, `${returnTo} ${JSON.stringify(term)}`, () => <SectionItem session={session} section={section} term={term} returnTo={returnTo} liveSeats />);
  return (
    <SectionPageOf session={session} section={section} term={term}>
      {card}
    </SectionPageOf>
  );
}

/** "Add to plan": keeps the section in the student's plan for its term (nodes/view/pages/plan.tsx). */
function AddToPlan(props: { session: Session; sectionId: string; label: string; returnTo: string }) {
  return (
    <li class="mt-4 list-none">
      <form method="post" action="/plan/add" hx-post="/plan/add" hx-target="#plan-add-result" hx-swap="innerHTML" class="flex flex-wrap items-center gap-2">
        <CsrfField token={props.session.csrfToken} />
        <input type="hidden" name="section_id" value={props.sectionId} />
        <input type="hidden" name="return_to" value={props.returnTo} />
        <button type="submit" id="add-to-plan" class="btn-secondary btn-small" aria-label={`Add to plan: ${props.label}`}>
          Add to plan
        </button>
        <span class="text-sm text-slate-600">Keep it in your plan and register it with the rest.</span>
      </form>
      <div id="plan-add-result" aria-live="polite"></div>
    </li>
  );
}

/** A section's own page: its label and course as the title, term, credits and times as the lead. */
function SectionPageOf(props: { session: Session; section: Section; term?: Term; children: JSX.Element }) {
  const { section } = props;
  return (
    <SectionPage
      session={props.session}
      title={`${sectionLabel(section)} · ${section.course_title}`}
      lead={`${props.term?.name ?? section.term_name} · ${plural(section.credits, "credit")} · ${describeMeetings(section.meetings)}`}
      courseId={section.course_id}
      termId={section.term_id}
      liveSeatsUrl={`/sections/${section.id}/seats`}
    >
      {props.children}
    </SectionPage>
  );
}

/** GET /sections/:id, /sections/:id/item (htmx) and /sections/:id/drop (the drop's confirmation). */
export function sectionPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get(
      "/sections/:id",
      async ({ session, params, request }) => {
        if (!session.claims) return visitorSectionPage(deps, session, params.id, requestPath(request));
        const { section, term, enrollment } = await loadSectionContext(session, params.id);
        return (
          <SectionPageOf session={session} section={section} term={term}>
            <>
              <SectionItem session={session} section={section} term={term} enrollment={enrollment} returnTo={requestPath(request)} liveSeats />
              {session.claims?.role === "STUDENT" && !enrollment && section.status !== "CANCELLED" && !!term && Date.now() < new Date(term.registration_closes_at).getTime() && (
                <AddToPlan session={session} sectionId={section.id} label={sectionLabel(section)} returnTo={requestPath(request)} />
              )}
            </>
          </SectionPageOf>
        );
      },
      { params: IdParams },
    )
    .get(
      "/sections/:id/item",
      async ({ session, params, query }) => {
        const returnTo = localPath(query.return_to, `/sections/${params.id}`);
        if (!session.htmx) throw new Redirect(returnTo);
        const { section, term, enrollment } = await loadSectionContext(session, params.id);
        return <SectionCard session={session} section={section} term={term} enrollment={enrollment} returnTo={returnTo} />;
      },
      { params: IdParams },
    )
    .get(
      "/sections/:id/drop",
      async ({ session, params, query }) => {
        requireUser(session, `/sections/${params.id}`, "STUDENT");
        const returnTo = localPath(query.return_to, `/sections/${params.id}`);
        const { section, term, enrollment } = await loadSectionContext(session, params.id);
        const outcome: Outcome | undefined = enrollment ? undefined : { kind: "info", text: `You are not enrolled in ${sectionLabel(section)} or on its waitlist.` };
        const props = { session, section, term, enrollment, returnTo, outcome, confirmDrop: true };
        if (session.htmx) return <SectionCard {...props} />;
        return (
          <SectionPage session={session} title={enrollment?.status === "WAITLISTED" ? "Leave the waitlist?" : "Drop this section?"} courseId={section.course_id} termId={section.term_id}>
            <SectionItem {...props} />
          </SectionPage>
        );
      },
      { params: IdParams },
    );
}
