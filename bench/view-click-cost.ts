// Micro-benchmark: the view's CPU per Add click, and its parts, with the gateway stubbed in a
// child process (answering a fixed Enroll answer with its registration summary). The click is
// the htmx POST of a section card's form (cookies, CSRF token, HX-* headers) through the view's
// Elysia app (app.handle: the HTTP server's parsing is not counted). The parts are measured alone:
// the session (cookie jar, access token verified locally), the gateway call through the Eden
// Treaty client (fetch to the stub), and drawing the card (Kita JSX).
//   bun bench/view-click-cost.ts            N=4000 clicks, 32 in flight
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { loadConfig } from "../nodes/shared/config";
import { createLogger } from "../nodes/shared/logger";
import { ensureLocalKeys, loadPrivateKey, loadPublicKey, signAccessToken, TokenVerifier } from "../nodes/shared/tokens";
import { createViewApp } from "../nodes/view/app";
import { Gateway, ok } from "../nodes/view/gateway";
import { SectionCard } from "../nodes/view/components/registration/section-item";
import { STUB_ENROLLMENT } from "./support/stub";

const ID = STUB_ENROLLMENT.section_id;
const SUMMARY = {
  seats: { section_id: ID, capacity: 110, enrolled: 42, available: 68, waitlisted: 0, cancelled: false },
  schedule: { term_id: ID, enrolled_credits: 3, credit_limit: 18, enrolled_sections: 3, waitlisted_sections: 0 },
  window: { id: ID, code: "RUSH", name: "Registration rush", starts_on: "2099-01-10", ends_on: "2099-05-10", registration_opens_at: "2026-01-01T00:00:00.000Z", registration_closes_at: "2099-01-01T00:00:00.000Z", add_drop_deadline: "2099-01-01T00:00:00.000Z", registration_open: true },
};

if (process.argv[2] === "gateway") {
  const answer = JSON.stringify({ enrollment: STUB_ENROLLMENT, replayed: false, summary: SUMMARY });
  const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response(answer, { status: 201, headers: { "content-type": "application/json" } }) });
  console.log(server.port);
} else {
  const child = Bun.spawn(["bun", import.meta.path, "gateway"], { stdout: "pipe" });
  const reader = child.stdout.getReader();
  const gatewayPort = Number(new TextDecoder().decode((await reader.read()).value).trim());
  const dataDir = mkdtempSync(join(tmpdir(), "view-click-"));
  const config = loadConfig({ EDUSTREAM_DATA_DIR: dataDir, EDUSTREAM_LOG_LEVEL: "error", EDUSTREAM_METRICS: "false" });
  ensureLocalKeys(config);
  const gateway = new Gateway(`http://127.0.0.1:${gatewayPort}`, 5000);
  const verifier = new TokenVerifier(loadPublicKey(config), config);
  const app = createViewApp({ config, gateway, verifier }, createLogger("view", "error"));
  const token = await signAccessToken(loadPrivateKey(config), config, { id: randomUUID(), role: "STUDENT", name: "Rush Student" }, randomUUID());
  const csrf = "c".repeat(32);
  const click = () =>
    app.handle(
      new Request(`http://localhost/sections/${ID}/enroll`, {
        method: "POST",
        headers: { cookie: `es_access=${token}; es_csrf=${csrf}`, "content-type": "application/x-www-form-urlencoded", "hx-request": "true", "hx-request-type": "partial", "hx-source": "form", "hx-target": `li#section-${ID}` },
        body: new URLSearchParams({ _csrf: csrf, idempotency_key: randomUUID(), waitlist: "true", return_to: "/catalog" }),
      }),
    );
  const N = Number(process.env.N || 4000);
  /** CPU milliseconds of this process per call of `work` (32 in flight), after a warm-up. */
  async function cpuPer(label: string, work: () => Promise<unknown>) {
    await Promise.all(Array.from({ length: 200 }, work));
    const before = process.cpuUsage();
    let next = 0;
    await Promise.all(Array.from({ length: 32 }, async () => { while (next++ < N) await work(); }));
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000 / N;
    console.log(`${label.padEnd(58)} ${ms.toFixed(3)} ms`);
    return ms;
  }
  const first = await click();
  if (first.status !== 200 || !(await first.text()).includes("You are enrolled in")) throw new Error(`the click did not answer the card (${first.status})`);
  const api = gateway.for({ token, clientAddress: "127.0.0.1", requestId: randomUUID() });
  const card = { enrollment: { id: ID, status: "ENROLLED" as const, position: 0 } };
  console.log(`view CPU per call (this process; the stub gateway runs in its own), N=${N}:`);
  await cpuPer("whole Add click (app.handle, htmx form POST)", click);
  await cpuPer("  a page that calls nothing (GET /healthz)", () => app.handle(new Request("http://localhost/healthz")));
  await cpuPer("  access token verified (TokenVerifier, EdDSA)", () => verifier.verify(token, true));
  await cpuPer("  gateway call (Eden Treaty client, fetch, JSON)", () => ok(api.enrollments.post({ section_id: ID, waitlist: true }, { headers: { "idempotency-key": randomUUID() } })));
  await cpuPer("  the card drawn (Kita JSX)", async () =>
    String(SectionCard({ session: { claims: { sub: ID, role: "STUDENT" }, csrfToken: csrf, timeZone: "UTC" } as never, section: { ...STUB_ENROLLMENT.section, term_code: "RUSH", term_name: "Registration rush", instructor_id: "", capacity: 110, enrolled: 43, waitlisted: 0, status: "ACTIVE" }, term: SUMMARY.window, ...card, returnTo: "/catalog", outcome: { kind: "success", text: "You are enrolled." }, load: { ...SUMMARY.schedule, term_name: "Registration rush" } })),
  );
  child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
