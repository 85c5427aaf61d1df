// Figures of the fault and fuzz runs: printed, and kept in test-artifacts/reliability/<suite>.json
// (the source of the tables in docs/reliability.md).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(import.meta.dir, "..", "..", "..", "test-artifacts", "reliability");

export class Report {
  private readonly entries: Record<string, unknown>[] = [];
  constructor(private readonly suite: string) {}

  add(entry: Record<string, unknown>) {
    this.entries.push(entry);
    console.log(`[${this.suite}] ${JSON.stringify(entry)}`);
  }

  save() {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, `${this.suite}.json`), JSON.stringify({ at: new Date().toISOString(), entries: this.entries }, null, 2));
  }
}

export const ms = (value: number) => Math.round(value);
