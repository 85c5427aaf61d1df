import { Elysia, t } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { DataTable } from "../components/table";
import { loadSection } from "../components/registration/api";
import { sectionLabel } from "../components/registration/model";
import { ok, type Answer, type GatewayApi } from "../gateway";
import { formatDateTime } from "../../shared/university-time";
import { describeMeetings } from "../../shared/schedule";
import { requireUser, sessionPlugin, type ViewDeps } from "../session";
import { plural } from "../../shared/plural";

/** GET /sections/{id}/roster. */
type Roster = Answer<ReturnType<GatewayApi["sections"]>["roster"]["get"]>;
type RosterEntry = Roster["enrolled"][number];

function RosterTable(props: { caption: string; entries: RosterEntry[]; waitlist: boolean; timeZone: string }) {
  return (
    <DataTable
      label={props.caption}
      caption={props.caption}
      columns={[props.waitlist ? "Position" : "#", "Name", "Username", props.waitlist ? "Joined the waitlist" : "Enrolled since"]}
    >
      {props.entries.map((entry, i) => (
        <tr>
          <td safe>{String(props.waitlist ? entry.position : i + 1)}</td>
          <th scope="row" class="font-normal" safe>
            {entry.name || "(no name)"}
          </th>
          <td safe>{entry.username}</td>
          <td safe>{formatDateTime(entry.created_at, props.timeZone)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A section's roster for its instructor and admins: enrolled students and the waitlist in order. */
export function rosterPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get(
    "/sections/:id/roster",
    async ({ session, params }) => {
      const claims = requireUser(session, `/sections/${params.id}/roster`);
      const id = encodeURIComponent(params.id);
      // The roster first: it refuses anyone but the instructor and admins (before saying whether the section exists).
      const roster = await ok(session.gateway.sections({ id }).roster.get());
      const section = await loadSection(session, id);
      const label = sectionLabel(section);
      const seatsLeft = Math.max(0, roster.capacity - roster.enrolled.length);
      const counts = `${roster.enrolled.length} of ${plural(roster.capacity, "seat")} taken · ${seatsLeft} left · ${roster.waitlisted.length} on the waitlist`;
      return (
        <Layout title={`Roster ${label}`} session={session} path={claims.role === "FACULTY" ? "/teaching" : "/catalog"}>
          <p class="mb-2 text-sm">
            {claims.role === "FACULTY" ? (
              <a href="/teaching" class="link">
                ← My sections
              </a>
            ) : (
              <a href={`/sections/${section.id}`} class="link">
                ← Section details
              </a>
            )}
          </p>
          <PageHeader title={`Roster: ${label} · ${section.course_title}`} lead={`${section.term_name} · ${describeMeetings(section.meetings)}${section.room ? ` · ${section.room}` : ""} · ${section.instructor_name}`} />
          {section.status === "CANCELLED" ? <p class="mb-4 rounded border border-slate-300 bg-slate-100 p-3 text-sm">This section was cancelled.</p> : <></>}
          <p class="mb-6 text-lg font-medium" safe>
            {counts}
          </p>
          <section aria-labelledby="enrolled-heading" class="card mb-6">
            <h2 id="enrolled-heading" class="mb-3 text-lg font-semibold" safe>{`Enrolled (${roster.enrolled.length})`}</h2>
            {roster.enrolled.length ? <RosterTable caption={`Students enrolled in ${label}`} entries={roster.enrolled} waitlist={false} timeZone={session.timeZone} /> : <p class="text-slate-700">No students are enrolled yet.</p>}
          </section>
          <section aria-labelledby="waitlist-heading" class="card">
            <h2 id="waitlist-heading" class="mb-3 text-lg font-semibold" safe>{`Waitlist (${roster.waitlisted.length})`}</h2>
            {roster.waitlisted.length ? (
              <>
                <p class="mb-2 text-sm text-slate-600">In order: when a seat frees up, the first eligible student gets it automatically.</p>
                <RosterTable caption={`Waitlist of ${label}, in order`} entries={roster.waitlisted} waitlist timeZone={session.timeZone} />
              </>
            ) : (
              <p class="text-slate-700">Nobody is waiting for a seat.</p>
            )}
          </section>
        </Layout>
      );
    },
    { params: t.Object({ id: t.String({ maxLength: 64 }) }) },
  );
}
