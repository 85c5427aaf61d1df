// The browser suite: every journey in one file so Chromium starts once per run. Each journey
// opens its own fresh browser context against the real system (tests/support/stack.ts).
// Screenshots land in test-artifacts/screenshots/; BROWSER_TEST_TIMING=1 prints how long each check took.
import { setDefaultTimeout, afterAll, beforeAll } from "bun:test";
import { closeBrowser, prepare } from "./support/browser";
import "./journeys/harness";
import "./journeys/account";
import "./journeys/api-docs";
import "./journeys/phone";
import "./journeys/faculty";
import "./journeys/student";
import "./journeys/admin";
import "./journeys/waitlist";
import "./journeys/catalog-filters";
import "./journeys/holds";
import "./journeys/live-seats";
import "./journeys/sso";
import "./journeys/notifications";
import "./journeys/calendar";
import "./journeys/plan";
import "./journeys/lms-clients";

// A journey is many pages; on a loaded two-core machine one took over 30 s (a bound on a hang, not a speed claim).
setDefaultTimeout(90_000); // see tests/support/preload.ts

beforeAll(async () => {
  await prepare();
}, 60_000);

afterAll(async () => {
  await closeBrowser();
});
