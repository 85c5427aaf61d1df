// What the enrolling statement is told before it runs: the checks that need no lock and no rows
// of the student's (the registration window, a section cancelled in the catalog, and every
// student-wide check that keeps someone from adding at all), and the prerequisites against the
// grades service's answer. One home for them, asked alike by Enroll, a plan's check and Register,
// and a swap, so every path refuses for the same reasons in the same order.
import { missingPrerequisites } from "./rules";
import type { SectionFacts } from "./section-facts";
import type { Caller, EnrollmentDependencies } from "./service";
import { blockedReason, prerequisitesMissing } from "./wording";

/** The checks decided before the statement: blocked (with the reason) and the prerequisites. */
export interface Admission {
  /** Why nobody may add this section now whatever they hold (window, cancelled, a student-wide block). */
  blocked?: string;
  prerequisites: { ok: true } | { ok: false; error: unknown };
}

/** Asks the admission checks for one caller: the grades service is asked at most once per request. */
export class AdmissionRules {
  constructor(
    private readonly deps: Pick<EnrollmentDependencies, "passedCourseIds">,
    private readonly timeZone: string,
  ) {}

  /** A checker for `caller`'s request (several sections share one answer of the grades service). */
  forCaller(caller: Caller): AdmissionChecker {
    let passed: Promise<{ ok: true; value: Set<string> } | { ok: false; error: unknown }> | undefined;
    return async (section, options = {}) => {
      const blocked = blockedReason(section, Date.now(), this.timeZone);
      if (!section.prerequisites.length || (blocked && !options.ignoreBlocked)) return { blocked, prerequisites: { ok: true } };
      passed ??= this.deps.passedCourseIds(caller.claims.sub, caller).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const answer = await passed;
      if (!answer.ok) return { blocked, prerequisites: { ok: false, error: answer.error } };
      const missing = missingPrerequisites(section, answer.value);
      return { blocked, prerequisites: missing.length ? { ok: false, error: prerequisitesMissing(section, missing) } : { ok: true } };
    };
  }
}

/** The admission of one section for one caller's request (see AdmissionRules.forCaller). */
export type AdmissionChecker = (section: SectionFacts, options?: { ignoreBlocked?: boolean }) => Promise<Admission>;
