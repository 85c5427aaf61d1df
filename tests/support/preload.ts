// Loaded by bun test before any file (bunfig.toml): gives tests that drive the real system a
// 30 s budget (a bound on a hang, not a speed claim) and stops the shared stack after the last test.
import { afterAll, setDefaultTimeout } from "bun:test";
import { stopStack } from "./stack";

setDefaultTimeout(30_000);

afterAll(async () => {
  await stopStack();
}, 60_000);
