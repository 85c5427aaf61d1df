// Swapping a section from the schedule: choose another section of the same course, and either
// swap at once (drop it only if the other is added) or, when the other is full, wait on its
// waitlist with this one dropped at the promotion. The service decides; this draws and asks.
import { CsrfField } from "../form";
import { ok, present } from "../../gateway";
import type { Session } from "../../session";
import { newIdempotencyKey } from "./api";
import { describeSeats, sectionLabel, type MyEnrollment, type Outcome, type Section } from "./model";
import { describeMeetings } from "../../../shared/schedule";
import { GatewayError } from "../../gateway";

/** The other active sections of an enrollment's course in its term: what it may be swapped for. */
export async function swapChoices(session: Session, enrollment: MyEnrollment): Promise<Section[]> {
  const { course } = await ok(session.gateway.courses({ id: enrollment.section.course_id }).get({ query: { term: enrollment.section.term_id } }));
  return present(course, "the course").sections.filter((s) => s.id !== enrollment.section_id && s.status !== "CANCELLED");
}

/** Asks for the swap: one gateway request; its answer (or refusal) in words. */
export async function swapSection(session: Session, input: { enrollmentId: string; sectionId: string; waitlist: boolean; key: unknown; fromLabel: string }): Promise<Outcome> {
  const key = typeof input.key === "string" && /^[A-Za-z0-9-]{8,64}$/.test(input.key) ? input.key : newIdempotencyKey();
  try {
    const answer = await ok(session.gateway.enrollments({ id: input.enrollmentId }).swap.post({ section_id: input.sectionId, waitlist: input.waitlist }, { headers: { "idempotency-key": key } }));
    const into = answer.enrollment?.section ? sectionLabel(answer.enrollment.section) : "the new section";
    if (answer.drop_on_promotion) {
      return { kind: "info", text: `${into} is full: you are number ${answer.enrollment?.position} on its waitlist. You keep ${input.fromLabel} until you get a seat in ${into}; then ${input.fromLabel} is dropped automatically.` };
    }
    return { kind: "success", text: `Swapped: you are enrolled in ${into} and ${input.fromLabel} was dropped.` };
  } catch (error) {
    if (!(error instanceof GatewayError) || error.status === 401 || (error.status >= 500 && error.status !== 503 && error.status !== 504)) throw error;
    if (error.status >= 500) return { kind: "error", text: "EduStream is busy or briefly unavailable: nothing was changed. Try again in a moment." };
    return { kind: "error", text: error.message };
  }
}

/** The swap form inside a schedule line: the sections to choose from, the waitlist choice, Swap and Cancel. */
export function SwapForm(props: { session: Session; enrollment: MyEnrollment; choices: Section[]; termId: string; cancelUrl: string }) {
  const { enrollment, choices } = props;
  const from = sectionLabel(enrollment.section);
  const id = `swap-${enrollment.id}`;
  if (!choices.length) {
    return (
      <div class="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm" data-announce={`${enrollment.section.course_code} has no other section this term to swap ${from} for.`}>
        <p safe>{`${enrollment.section.course_code} has no other section this term to swap ${from} for.`}</p>
        <a href={props.cancelUrl} hx-get={props.cancelUrl} hx-target="#schedule-content" hx-swap="innerHTML" class="btn-secondary btn-small mt-2" {...{ autofocus: true }}>
          Back
        </a>
      </div>
    );
  }
  return (
    <form method="post" action={`/schedule/swap/${enrollment.id}`} hx-post={`/schedule/swap/${enrollment.id}`} hx-target="#schedule-content" hx-swap="innerHTML" class="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
      <fieldset>
        <legend id={`${id}-legend`} class="mb-2 font-medium" data-announce={`Choose the section of ${enrollment.section.course_code} to take instead of ${from}.`} safe>
          {`Swap ${from} for another section: ${from} is dropped only if you get the new one.`}
        </legend>
        <CsrfField token={props.session.csrfToken} />
        <input type="hidden" name="term" value={props.termId} />
        <input type="hidden" name="idempotency_key" value={newIdempotencyKey()} />
        <ul class="space-y-1">
          {choices.map((s, i) => (
            <li>
              <label class="flex items-start gap-2">
                <input type="radio" name="section_id" value={s.id} required checked={i === 0} {...(i === 0 ? { autofocus: true } : {})} />
                <span safe>{`${sectionLabel(s)} · ${describeMeetings(s.meetings)} · ${describeSeats(s)}`}</span>
              </label>
            </li>
          ))}
        </ul>
        <label class="mt-2 flex items-start gap-2">
          <input type="checkbox" name="waitlist" value="true" />
          <span safe>{`If it is full, put me on its waitlist and drop ${from} when I get a seat there`}</span>
        </label>
      </fieldset>
      <div class="mt-2 flex flex-wrap gap-2">
        <button type="submit" id={`${id}-confirm`} class="btn-primary btn-small" aria-describedby={`${id}-legend`}>
          Swap
        </button>
        <a href={props.cancelUrl} hx-get={props.cancelUrl} hx-target="#schedule-content" hx-swap="innerHTML" class="btn-secondary btn-small">
          Cancel
        </a>
      </div>
    </form>
  );
}

/** Beside a waitlist place with a swap: which section goes when the seat comes. */
export function SwapNote(props: { enrollment: MyEnrollment; enrollments: MyEnrollment[] }) {
  const target = props.enrollment.drop_on_promotion_id && props.enrollments.find((e) => e.id === props.enrollment.drop_on_promotion_id);
  if (!target) return <></>;
  const label = sectionLabel(target.section);
  return (
    <p class="mt-1 text-sm text-amber-900" safe>
      {`When you get a seat here, ${label} is dropped automatically. To keep ${label} whatever happens, leave this waitlist.`}
    </p>
  );
}
