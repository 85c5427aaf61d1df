/**
 * The strip above every page of a demo install: the accounts and their password are public,
 * so nobody should mistake it for a real one (production mode never shows it).
 */
export function DemoBanner(props: { demo: boolean }) {
  if (!props.demo) return "";
  return (
    <aside id="demo-banner" aria-label="Demo data" class="bg-amber-200 px-4 py-1.5 text-center text-sm text-amber-950 print:hidden">
      <strong>Demo data.</strong> The sample accounts and their password are public: do not enter real information here.
    </aside>
  );
}
