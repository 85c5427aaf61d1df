// Loaded by bun test before any file (bunfig.toml): stops the shared stack after the last test.
import { afterAll } from "bun:test";
import { stopStack } from "./stack";

afterAll(async () => {
  await stopStack();
}, 60_000);
