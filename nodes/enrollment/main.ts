import * as schema from "../../db/courses/schema";
import type { Config } from "../shared/config";
import { callDownstream } from "../shared/grpc/downstream";
import type { EnrollmentServiceHandlers } from "../generated/proto/edustream/enrollment/v1/EnrollmentService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { enrollmentHandlers } from "./handlers";
import { CalendarService } from "./calendar";
import { CatalogEvents } from "./catalog-events";
import { SectionFactsCache } from "./section-facts";
import { Waitlist } from "./waitlist";
import { RosterService } from "./rosters";
import { EnrollmentService, type Caller, type EnrollmentDependencies } from "./service";
import { HoldService } from "./holds";
import { AppointmentService, type Population } from "./appointments";
import { enrollmentMetrics, observeCatalogSweep } from "./metrics";
import { emailEnabled, startMailSender } from "../shared/notifications/node";
import { NotificationStore } from "../shared/notifications/store";
import { PlanService } from "./plan";
import { SwapService } from "./swap";

/** Starts the enrollment node (port from config unless given; tests pass 0). */
export function startEnrollmentNode(config: Config, port?: number) {
  let stopSweeping = async () => {};
  let stopMailing = async () => {};
  return startServiceNode<typeof schema, EnrollmentServiceHandlers>(
    { ...config, dbPoolSize: config.enrollmentDbPoolSize },
    {
      service: "enrollment",
      database: "courses",
      schema,
      // A calendar app fetches a subscription through the gateway: the secret is the credential.
      publicMethods: ["GetCalendarByFeed"],
      nodeOnlyMethods: ["GetCalendarByFeed"],
      handlers: (context) => {
        const facts = new SectionFactsCache(context.database.sql);
        const deps: EnrollmentDependencies = {
          passedCourseIds: async (studentId, { token, requestId }) => {
            const { courses } = await callDownstream("grades", context.client("grades").ListCompletedCourses({ student_id: studentId }, { token, requestId }));
            return new Set(courses.filter((c) => c.passed).map((c) => c.course_id));
          },
          users: async (ids, { token, requestId }, usernames = []) => (await callDownstream("auth", context.client("auth").BatchGetUsers({ ids, usernames }, { token, requestId }))).users,
        };
        // Every student account and every student's credits earned, for assigning appointments.
        const population = async ({ token, requestId }: Caller): Promise<Population> => {
          const credits = callDownstream("grades", context.client("grades").ListCreditsEarned({}, { token, requestId }));
          const studentIds: string[] = [];
          let pageToken = "";
          do {
            const page = await callDownstream("auth", context.client("auth").ListUsers({ role: "STUDENT", page_size: 200, page_token: pageToken }, { token, requestId }));
            studentIds.push(...page.users.map((u) => u.id));
            pageToken = page.next_page_token;
          } while (pageToken);
          return { studentIds, creditsEarned: new Map((await credits).students.map((s) => [s.student_id, s.credits_earned])) };
        };
        const metrics = enrollmentMetrics(context.telemetry.metrics);
        const waitlist = new Waitlist(facts, config.creditLimit, metrics, config.timeZone, emailEnabled(config));
        const service = new EnrollmentService(context.database.db, context.database.sql, facts, deps, waitlist, config.timeZone, metrics);
        // Catalog events are applied when the course node asks, now (at start) and by a sweep.
        const events = new CatalogEvents(context.database.sql, facts, waitlist, deps);
        stopSweeping = events.sweep(config.catalogSweepMs, context.logger);
        stopMailing = startMailSender(context);
        observeCatalogSweep(context.telemetry.metrics, () => events.lastSweep);
        const calendar = new CalendarService(context.database.db, context.database.sql, facts, context.verifier.revocations);
        const holds = new HoldService(context.database.sql, deps, config.timeZone);
        const appointments = new AppointmentService(context.database.sql, { ...deps, population }, config.timeZone);
        const plans = new PlanService(context.database.sql, context.database.db, facts, service, waitlist, config.timeZone);
        const swaps = new SwapService(context.database.sql, facts, waitlist, service, config.timeZone, metrics);
        return enrollmentHandlers(service, new RosterService(context.database.db, context.database.sql, facts, deps), events, holds, appointments, calendar, new NotificationStore(context.database.sql), plans, swaps);
      },
      onShutdown: async () => {
        await Promise.all([stopSweeping(), stopMailing()]);
      },
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("enrollment", (config) => startEnrollmentNode(config));
