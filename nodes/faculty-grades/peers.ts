import type { User } from "../generated/proto/edustream/auth/v1/User";
import type { Section } from "../generated/proto/edustream/course/v1/Section";
import type { Term } from "../generated/proto/edustream/course/v1/Term";
import type { RosterEntry } from "../generated/proto/edustream/enrollment/v1/RosterEntry";
import type { RosterSize } from "../generated/proto/edustream/enrollment/v1/RosterSize";
import { callDownstream } from "../shared/grpc/downstream";
import type { AuthedContext } from "../shared/grpc/server";
import type { NodeContext } from "../shared/service-node";

export type { RosterEntry, RosterSize, Section, Term, User };

/** A section's roster: who is enrolled, and how long the waitlist is. */
export interface Roster {
  capacity: number;
  enrolled: RosterEntry[];
  waitlisted: number;
}

/**
 * What faculty-grades asks of the other services, on behalf of one caller (their token is
 * forwarded, so each service applies its own rules to them too). Every method is one call,
 * whatever the number of students: no per-row lookups.
 */
export interface Peers {
  getSection(sectionId: string): Promise<Section>;
  getTerm(termId: string): Promise<Term>;
  listTerms(): Promise<Term[]>;
  /** Every section the instructor teaches (all pages), optionally in one term. */
  listSectionsTaughtBy(instructorId: string, termId: string): Promise<Section[]>;
  getRoster(sectionId: string): Promise<Roster>;
  /** Makes the section's roster final (no drop or withdrawal from now on) and answers who is enrolled. */
  finalizeRoster(sectionId: string): Promise<{ enrolledStudentIds: string[] }>;
  rosterSizes(sectionIds: string[]): Promise<RosterSize[]>;
  /** Users by id and by username in one lookup; unknown ones are left out. */
  findUsers(ids: string[], usernames: string[]): Promise<User[]>;
}

const SECTIONS_PAGE = 200;

/** The gRPC implementation of `Peers` for one call. */
export function grpcPeers(context: Pick<NodeContext<Record<string, unknown>>, "client">, caller: AuthedContext): Peers {
  const options = { token: caller.token, requestId: caller.requestId };
  const course = () => context.client("course");
  return {
    getSection: async (id) => (await callDownstream("course", course().GetSection({ id }, options))).section!,
    getTerm: async (id) => (await callDownstream("course", course().GetTerm({ id }, options))).term!,
    listTerms: async () => (await callDownstream("course", course().ListTerms({}, options))).terms,
    listSectionsTaughtBy: async (instructorId, termId) => {
      const sections: Section[] = [];
      let pageToken = "";
      do {
        const page = await callDownstream(
          "course",
          course().ListSections({ instructor_id: instructorId, term_id: termId, page_size: SECTIONS_PAGE, page_token: pageToken }, options),
        );
        sections.push(...page.sections);
        pageToken = page.next_page_token;
      } while (pageToken);
      return sections;
    },
    getRoster: async (sectionId) => {
      const roster = await callDownstream("enrollment", context.client("enrollment").GetRoster({ section_id: sectionId }, options));
      return { capacity: roster.capacity, enrolled: roster.enrolled, waitlisted: roster.waitlisted.length };
    },
    finalizeRoster: async (sectionId) => {
      const final = await callDownstream("enrollment", context.client("enrollment").FinalizeRoster({ section_id: sectionId }, options));
      return { enrolledStudentIds: final.enrolled_student_ids };
    },
    rosterSizes: async (sectionIds) =>
      sectionIds.length === 0 ? [] : (await callDownstream("enrollment", context.client("enrollment").BatchGetRosterSizes({ section_ids: sectionIds }, options))).sizes,
    findUsers: async (ids, usernames) =>
      ids.length === 0 && usernames.length === 0 ? [] : (await callDownstream("auth", context.client("auth").BatchGetUsers({ ids, usernames }, options))).users,
  };
}
