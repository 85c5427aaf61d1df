// The frame of every admin page: the site layout with the admin sub-navigation and a heading,
// the same for a form alone (htmx) or in its page, and in-place outcome messages.
import { Alert, Layout, PageHeader } from "../layout";
import type { Session } from "../../session";

/** Sections of the admin area, in the order of its sub-navigation. */
const ADMIN_NAV = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/terms", label: "Terms" },
  { href: "/admin/courses", label: "Courses" },
  { href: "/admin/sections", label: "Sections" },
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/holds", label: "Holds" },
  { href: "/admin/appointments", label: "Appointments" },
  { href: "/admin/lms-clients", label: "LMS clients" },
  { href: "/admin/audit", label: "Audit trail" },
];

/** A full admin page: the site layout, the admin sub-navigation and a heading. */
export function AdminPage(props: { session: Session; path: string; title: string; lead?: string; children?: JSX.Element | JSX.Element[] | string }) {
  return (
    <Layout title={props.title} session={props.session} path={props.path}>
      <nav aria-label="Administration" class="mb-6 overflow-x-auto">
        <ul class="flex gap-1 border-b border-slate-200 text-sm">
          {ADMIN_NAV.map((item) => {
            const current = item.href === "/admin" ? props.path === "/admin" : props.path.startsWith(item.href);
            return (
              <li>
                <a
                  href={item.href}
                  class={`block whitespace-nowrap rounded-t px-3 py-2 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${current ? "border-b-2 border-indigo-700 font-semibold text-indigo-800" : "text-slate-700 hover:bg-slate-100"}`}
                  aria-current={current ? "page" : undefined}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <PageHeader title={props.title} lead={props.lead} />
      {props.children as "safe"}
    </Layout>
  );
}

/** An outcome message that screen readers hear after an in-place update. */
export function Outcome(props: { kind: "success" | "info" | "error"; text: string }) {
  return (
    <div data-announce={props.text}>
      <Alert kind={props.kind}>{props.text}</Alert>
    </div>
  );
}

/** An admin form alone for htmx (it replaces itself), or inside its full admin page. */
export function adminFormPage(session: Session, page: { path: string; title: string; lead?: string }, form: JSX.Element) {
  return session.htmx ? (
    form
  ) : (
    <AdminPage session={session} path={page.path} title={page.title} lead={page.lead}>
      {form}
    </AdminPage>
  );
}

