// "My plan": the sections a student means to register for in a term, kept before their
// registration time; "Check my plan" lists every problem at once, "Register my plan" enrolls the
// whole plan with one outcome per section. Sections come in from a section page's "Add to plan".
import { Elysia, t } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { CsrfField, FilterSelect } from "../components/form";
import { loadTerms } from "../components/registration/api";
import { localPath, queryString, sectionLabel, type Outcome, type Term } from "../components/registration/model";
import { EnrollmentBadge, Notice, OutcomeMessage } from "../components/registration/section-item";
import { GatewayError, ok, type Answer, type GatewayApi } from "../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../session";
import { describeMeetings } from "../../shared/schedule";
import { plural } from "../../shared/plural";
import { formatDateTime } from "../../shared/university-time";

type Plan = Answer<GatewayApi["me"]["plan"]["get"]>["plan"] & {};
type PlanCheck = Answer<GatewayApi["me"]["plan"]["check"]["get"]>;
type Registration = Answer<GatewayApi["me"]["plan"]["register"]["post"]>["outcomes"][number];

interface PlanView {
  session: Session;
  plan: Plan;
  term?: Term;
  outcome?: Outcome;
  check?: PlanCheck;
  registered?: Registration[];
}

const planUrl = (termId: string | undefined) => `/plan${queryString({ term: termId })}`;
const termOf = (value: unknown) => (typeof value === "string" ? value.slice(0, 64) : "");
// Kita's tag types lack `autofocus` outside form fields; htmx focuses it after a swap.
const AUTOFOCUS: object = { autofocus: true };

/** A gateway refusal the student can act on, as an outcome; anything else propagates. */
function refusal(error: unknown): Outcome {
  if (!(error instanceof GatewayError) || error.status === 401 || (error.status >= 500 && error.status !== 503 && error.status !== 504)) throw error;
  if (error.status >= 500) return { kind: "error", text: "EduStream is busy or briefly unavailable: nothing was changed. Try again in a moment." };
  return { kind: "error", text: error.message };
}

/** One outcome of Register (or of the last one) in words. */
function registrationWords(outcome: string, position: number, reason: string): { text: string; kind: Outcome["kind"] } {
  if (outcome === "REGISTER_OUTCOME_ENROLLED") return { kind: "success", text: "Enrolled" };
  if (outcome === "REGISTER_OUTCOME_WAITLISTED") return { kind: "info", text: `Full: on the waitlist, number ${position}` };
  return { kind: "error", text: `Not registered: ${reason}` };
}

/** A line of the plan: the section, when it meets, the place held now, its last outcome or check, and Remove. */
function PlanItem(props: { view: PlanView; entry: Plan["sections"][number] }) {
  const { view, entry } = props;
  const section = entry.section!;
  const label = sectionLabel(section);
  const id = `plan-${section.id}`;
  const check = view.check?.sections.find((c) => c.section_id === section.id);
  const registered = view.registered?.find((r) => r.section_id === section.id);
  const last = registered ?? (entry.last_outcome !== "REGISTER_OUTCOME_UNSPECIFIED" ? { outcome: entry.last_outcome, position: entry.last_position, reason: entry.last_reason } : undefined);
  const words = last && registrationWords(last.outcome, last.position, last.reason);
  return (
    <li id={id} class="card">
      <div class="flex flex-wrap items-start justify-between gap-3">
        <div class="min-w-0">
          <h3 class="font-semibold">
            <a href={`/sections/${section.id}`} class="link" safe>
              {`${label} · ${section.course_title}`}
            </a>
            {(entry.status === "ENROLLED" || entry.status === "WAITLISTED") && (
              <span class="ml-2">
                <EnrollmentBadge status={entry.status} position={entry.position} cancelled={section.cancelled} />
              </span>
            )}
          </h3>
          <p class="mt-1 text-sm text-slate-700" safe>
            {[plural(section.credits, "credit"), describeMeetings(section.meetings), section.room, section.instructor_name].filter(Boolean).join(" · ")}
          </p>
          {!!words && (
            <p class={`mt-1 text-sm ${words.kind === "error" ? "text-red-800" : words.kind === "info" ? "text-amber-800" : "text-green-800"}`} safe>
              {`${registered ? "Just now" : "Last registration"}: ${words.text}`}
            </p>
          )}
          {!!check && (
            <ul class="mt-2 list-disc pl-5 text-sm" aria-label={`Check of ${label}`}>
              {check.problems.length ? check.problems.map((p) => <li class="text-red-800" safe>{p}</li>) : <li class="text-green-800">No problem: you would get a seat.</li>}
            </ul>
          )}
        </div>
        <form method="post" action={`/plan/remove/${section.id}`} hx-post={`/plan/remove/${section.id}`} hx-target="#plan-content" hx-swap="innerHTML">
          <CsrfField token={view.session.csrfToken} />
          <button type="submit" class="btn-secondary btn-small" aria-label={`Remove ${label} from my plan`}>
            Remove
          </button>
        </form>
      </div>
    </li>
  );
}

/** When the term's registration opens or closes, in words. */
function windowText(term: Term | undefined, timeZone: string): string {
  if (!term) return "";
  const now = Date.now();
  if (now < new Date(term.registration_opens_at).getTime()) return `Registration for ${term.name} opens on ${formatDateTime(term.registration_opens_at, timeZone)}: check your plan now, and register it then.`;
  if (term.registration_open) return `Registration for ${term.name} is open until ${formatDateTime(term.registration_closes_at, timeZone)}.`;
  return `Registration for ${term.name} is closed.`;
}

/** Everything below the term selector: the target of every action. */
function PlanContent(props: { view: PlanView }) {
  const { view } = props;
  const { plan, term, check } = view;
  const termName = term?.name ?? "this term";
  const total = plan.enrolled_credits + plan.planned_credits;
  return (
    <>
      {!!view.outcome && (
        <div id="plan-outcome" tabindex="-1" {...AUTOFOCUS}>
          <OutcomeMessage outcome={view.outcome} />
        </div>
      )}
      {!!term && <Notice text={windowText(term, view.session.timeZone)} />}
      {!plan.sections.length ? (
        <div class="card">
          <p class="font-medium" safe>{`Your plan for ${termName} is empty.`}</p>
          <p class="mt-1 text-sm text-slate-700">Find sections in the catalog and press “Add to plan” on a section's page.</p>
          <a href={`/catalog${queryString({ term: term?.id })}`} class="btn-primary mt-3">
            Find sections
          </a>
        </div>
      ) : (
        <>
          <p class="mb-4 text-lg font-medium" safe>
            {`${plural(plan.sections.length, "section")} planned · ${plural(plan.planned_credits, "credit")} to add to your ${plan.enrolled_credits} enrolled: ${total} of ${plural(plan.credit_limit, "credit")}`}
          </p>
          {!!check && (
            <section aria-labelledby="check-heading" class="card mb-4" data-announce={check.ready ? "Your plan has no problem." : "Your plan has problems: see each section."}>
              <h2 id="check-heading" class="font-semibold">
                {check.ready ? "Your plan has no problem: every section would get a seat." : "Check of your plan"}
              </h2>
              {!!check.problems.length && (
                <ul class="mt-2 list-disc pl-5 text-sm">
                  {check.problems.map((p) => (
                    <li class="text-red-800" safe>
                      {p}
                    </li>
                  ))}
                </ul>
              )}
              {!check.ready && <p class="mt-1 text-sm text-slate-700">Each section's problems are listed under it below.</p>}
            </section>
          )}
          <div class="mb-4 flex flex-wrap gap-2">
            <form method="get" action="/plan/check" hx-get="/plan/check" hx-target="#plan-content" hx-swap="innerHTML">
              <input type="hidden" name="term" value={plan.term_id} />
              <button type="submit" id="plan-check" class="btn-secondary">
                Check my plan
              </button>
            </form>
            <form method="post" action="/plan/register" hx-post="/plan/register" hx-target="#plan-content" hx-swap="innerHTML">
              <CsrfField token={view.session.csrfToken} />
              <input type="hidden" name="term" value={plan.term_id} />
              <button type="submit" id="plan-register" class="btn-primary" disabled={!term?.registration_open}>
                Register my plan
              </button>
            </form>
          </div>
          <h2 class="mb-3 text-lg font-semibold">Planned sections</h2>
          <ul class="space-y-3">
            {plan.sections.map((entry) => (
              <PlanItem view={view} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function PlanPage(props: { view: PlanView; terms: Term[] }) {
  return (
    <Layout title="My plan" session={props.view.session} path="/plan">
      <PageHeader title="My plan" lead="Sections you mean to take, checked before your registration time and registered in one go." />
      <form method="get" action="/plan" hx-get="/plan" hx-trigger="change, submit" hx-target="#plan-content" hx-swap="innerHTML" class="mb-6 flex flex-wrap items-end gap-2">
        <FilterSelect id="plan-term" name="term" label="Term" options={props.terms.map((term) => ({ value: term.id, label: term.name }))} value={props.view.plan.term_id} />
        <button type="submit" class="btn-secondary">
          Show
        </button>
      </form>
      <div id="plan-content">
        <PlanContent view={props.view} />
      </div>
    </Layout>
  );
}

async function loadView(session: Session, termParam: string, extra: Partial<PlanView> = {}): Promise<{ view: PlanView; terms: Term[] }> {
  const [terms, answer] = await Promise.all([loadTerms(session), ok(session.gateway.me.plan.get({ query: termParam ? { term: termParam } : {} }))]);
  const plan = extra.plan ?? answer.plan!;
  return { view: { session, plan, term: terms.find((t) => t.id === plan.term_id), ...extra }, terms };
}

/** Register's outcomes in one sentence (the flash of a page without htmx; each section shows its own below). */
function registerSummary(outcomes: Registration[]): Outcome {
  const count = (kind: string) => outcomes.filter((o) => o.outcome === kind).length;
  const [enrolled, waitlisted, refused] = [count("REGISTER_OUTCOME_ENROLLED"), count("REGISTER_OUTCOME_WAITLISTED"), count("REGISTER_OUTCOME_REFUSED")];
  const parts = [enrolled && `enrolled in ${plural(enrolled, "section")}`, waitlisted && `on ${plural(waitlisted, "waitlist")}`, refused && `${refused} not registered`].filter(Boolean);
  return { kind: refused ? "info" : "success", text: `Your plan was registered: ${parts.join(", ")}. Each section's outcome is shown below.` };
}

const SectionParams = t.Object({ id: t.String({ maxLength: 64 }) });
const FormBody = t.Record(t.String(), t.Any());

/** The plan page and its actions (add from a section page, remove, check, register). */
export function planPages(deps: ViewDeps) {
  const answer = async (input: { session: Session; cookie: unknown; term: string; outcome?: Outcome; extra?: Partial<PlanView> }) => {
    if (!input.session.htmx) {
      if (input.outcome) setFlash(input.cookie as never, deps.config, input.outcome.kind, input.outcome.text);
      throw new Redirect(planUrl(input.term || input.extra?.plan?.term_id));
    }
    const { view } = await loadView(input.session, input.term, { outcome: input.outcome, ...input.extra });
    return <PlanContent view={view} />;
  };
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/plan", async ({ session, query, set }) => {
      requireUser(session, "/plan", "STUDENT");
      const { view, terms } = await loadView(session, termOf(query.term));
      if (!session.htmx) return <PlanPage view={view} terms={terms} />;
      set.headers["hx-replace-url"] = planUrl(view.plan.term_id);
      return <PlanContent view={view} />;
    })
    .get("/plan/check", async ({ session, query }) => {
      requireUser(session, "/plan", "STUDENT");
      const check = await ok(session.gateway.me.plan.check.get({ query: termOf(query.term) ? { term: termOf(query.term) } : {} }));
      const { view, terms } = await loadView(session, termOf(query.term), { check, plan: check.plan!, outcome: { kind: check.ready ? "success" : "info", text: check.ready ? "Your plan has no problem." : "Your plan has problems: they are listed below." } });
      return session.htmx ? <PlanContent view={view} /> : <PlanPage view={view} terms={terms} />;
    })
    .post(
      "/plan/add",
      async ({ session, body, cookie }) => {
        const sectionId = termOf(body.section_id);
        const returnTo = localPath(body.return_to, `/sections/${sectionId}`);
        requireUser(session, returnTo, "STUDENT");
        let outcome: Outcome;
        try {
          const { plan } = await ok(session.gateway.me.plan.sections.post({ section_id: sectionId }));
          const entry = plan?.sections.find((s) => s.section?.id === sectionId);
          outcome = { kind: "success", text: `${entry?.section ? sectionLabel(entry.section) : "The section"} is in your plan (${plural(plan?.sections.length ?? 0, "section")}).` };
        } catch (error) {
          outcome = refusal(error);
        }
        if (!session.htmx) {
          setFlash(cookie as never, deps.config, outcome.kind, outcome.text);
          throw new Redirect(returnTo);
        }
        return (
          <>
            <OutcomeMessage outcome={outcome} />
            <a href="/plan" class="link mt-1 inline-block text-sm">
              Open my plan
            </a>
          </>
        );
      },
      { body: FormBody },
    )
    .post(
      "/plan/remove/:id",
      async ({ session, params, cookie }) => {
        requireUser(session, "/plan", "STUDENT");
        try {
          const { plan } = await ok(session.gateway.me.plan.sections({ section_id: params.id }).delete());
          return await answer({ session, cookie, term: plan?.term_id ?? "", outcome: { kind: "success", text: "The section was taken out of your plan." } });
        } catch (error) {
          if (error instanceof Redirect) throw error;
          return answer({ session, cookie, term: "", outcome: refusal(error) });
        }
      },
      { params: SectionParams },
    )
    .post(
      "/plan/register",
      async ({ session, body, cookie }) => {
        requireUser(session, "/plan", "STUDENT");
        const term = termOf(body.term);
        try {
          const result = await ok(session.gateway.me.plan.register.post({ ...(term ? { term } : {}) }));
          return await answer({ session, cookie, term, outcome: registerSummary(result.outcomes), extra: { plan: result.plan!, registered: result.outcomes } });
        } catch (error) {
          if (error instanceof Redirect) throw error;
          return answer({ session, cookie, term, outcome: refusal(error) });
        }
      },
      { body: FormBody },
    );
}
