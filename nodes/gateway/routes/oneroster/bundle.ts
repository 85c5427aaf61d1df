// The OneRoster CSV bundle (bulk): the whole roster as one zip of CSV files, for an admin or an
// LMS client with a roster scope.
import { bundleZip } from "../../../shared/oneroster/csv-bundle";
import type { GatewayDeps } from "../../context";
import { oneRosterData } from "../../oneroster-data";
import { oneRosterScope, tags } from "./scope";

/** Where the bundle is served. */
export const BUNDLE_PATH = "/ims/oneroster/v1p2/csv";

export function bundleRoutes(deps: GatewayDeps) {
  return oneRosterScope(deps, BUNDLE_PATH, "roster").get(
    "",
    async ({ caller, set }) => {
      const d = oneRosterData(deps, caller);
      const [orgs, academicSessions, courses, classes, users, enrollments] = await Promise.all([d.orgs(), d.academicSessions(), d.courses(), d.classes(), d.users(), d.enrollments()]);
      const zip = bundleZip({ orgs, academicSessions, courses, classes, users, enrollments });
      set.headers["content-type"] = "application/zip";
      set.headers["content-disposition"] = 'attachment; filename="oneroster-csv.zip"';
      set.headers["cache-control"] = "no-store";
      return new Response(new Uint8Array(zip), { headers: set.headers as Record<string, string> });
    },
    {
      detail: {
        summary:
          "OneRoster CSV bundle (bulk, 1.2): a zip of manifest.csv, orgs.csv, academicSessions.csv, courses.csv, classes.csv, users.csv, roles.csv and enrollments.csv. Admins and LMS clients with a roster scope.",
        tags,
      },
    },
  );
}
