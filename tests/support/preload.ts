// Loaded by bun test before any file (bunfig.toml): gives tests that drive the real system a
// 30 s budget (a bound on a hang, not a speed claim) and stops the shared stack after the last test.
// Bun applies setDefaultTimeout to the file that calls it only (here: the first file run), so
// every test file under tests/ also calls setDefaultTimeout(30_000) itself; without it a test
// that signs in a few times on a busy machine hits Bun's 5 s default.
import { afterAll, setDefaultTimeout } from "bun:test";
import { stopStack } from "./stack";

setDefaultTimeout(30_000);

afterAll(async () => {
  await stopStack();
}, 60_000);
