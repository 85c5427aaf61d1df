// The student's clicks on a section: Add, Join waitlist, Drop and Leave waitlist. Each costs one
// gateway request: its answer carries the section's seats, the student's load and the term's
// window, from which the card is drawn again. A refused click changes nothing on the server;
// its card is read again so it shows the section as it is now.
import { Elysia } from "elysia";
import { dropEnrollment, enrollInSection, loadSectionContext, type ActionResult } from "../../components/registration/api";
import { localPath, sectionLabel } from "../../components/registration/model";
import { SectionCard } from "../../components/registration/section-item";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { FormBody, IdParams } from "./params";

/** POST /sections/:id/enroll and /sections/:id/drop: the card with the outcome (htmx), or a flash and a redirect back. */
export function sectionActions(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .post(
      "/sections/:id/enroll",
      async ({ session, params, body, cookie }) => {
        requireUser(session, `/sections/${params.id}`, "STUDENT");
        const returnTo = localPath(body.return_to, `/sections/${params.id}`);
        const result = await enrollInSection(session, { sectionId: params.id, waitlist: body.waitlist === "true", idempotencyKey: body.idempotency_key });
        return answer({ session, cookie, sectionId: params.id, returnTo, result });
      },
      { params: IdParams, body: FormBody },
    )
    .post(
      "/sections/:id/drop",
      async ({ session, params, body, cookie }) => {
        requireUser(session, `/sections/${params.id}`, "STUDENT");
        const returnTo = localPath(body.return_to, `/sections/${params.id}`);
        const enrollmentId = typeof body.enrollment_id === "string" ? body.enrollment_id.slice(0, 64) : "";
        const result = await dropEnrollment(session, { enrollmentId, waitlisted: body.waitlisted === "true" });
        return answer({ session, cookie, sectionId: params.id, returnTo, result });
      },
      { params: IdParams, body: FormBody },
    );

  /** The card after a click: from the action's answer when it succeeded, else read again. */
  async function answer(input: { session: Session; cookie: unknown; sectionId: string; returnTo: string; result: ActionResult }) {
    const { session, result } = input;
    const card = result.after ?? (await loadSectionContext(session, input.sectionId));
    const outcome = result.outcomeFor(sectionLabel(card.section));
    if (!session.htmx) {
      setFlash(input.cookie as never, deps.config, outcome.kind, outcome.text);
      throw new Redirect(input.returnTo);
    }
    return <SectionCard session={session} {...card} returnTo={input.returnTo} outcome={outcome} />;
  }
}
