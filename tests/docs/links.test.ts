// The README and docs/ are read on a fresh clone: every relative link in them must lead to a file
// or folder inside this repository (no `../shared/...` that only one machine has).
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ROOT = resolve(import.meta.dir, "..", "..");

/** Link targets of a Markdown text: inline links and images, reference definitions, and HTML href/src. */
export function linkTargets(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const targets: string[] = [];
  for (const match of withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]!);
  for (const match of withoutCode.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]!);
  for (const match of withoutCode.matchAll(/\s(?:href|src)="([^"]+)"/g)) targets.push(match[1]!);
  return targets;
}

/** Why a link target from `file` does not resolve inside the repository, or undefined when it does. */
export function linkProblem(file: string, target: string, root = ROOT): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return undefined; // a URL or an anchor on the same page
  const path = decodeURIComponent(target.split("#")[0]!.split("?")[0]!);
  if (path.startsWith("/")) return `${target}: an absolute path (use a path relative to ${relative(root, file)})`;
  const resolved = resolve(dirname(file), path);
  const inside = relative(root, resolved);
  if (inside.startsWith("..") || resolve(root, inside) !== resolved) return `${target}: leads outside the repository`;
  if (!existsSync(resolved)) return `${target}: no such file in the repository`;
  return undefined;
}

const documents = [join(ROOT, "README.md"), ...readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => join(ROOT, "docs", name))];

describe("documentation links", () => {
  test("every relative link in README.md and docs/*.md resolves inside the repository", () => {
    const problems: string[] = [];
    for (const file of documents) {
      for (const target of linkTargets(readFileSync(file, "utf8"))) {
        const problem = linkProblem(file, target);
        if (problem) problems.push(`${relative(ROOT, file)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the checker finds the links a document can hold and refuses the ones that leave", () => {
    const readme = join(ROOT, "README.md");
    const markdown = '[a](docs/admin.md) ![b](<docs/grading.md>) [c](../shared/DESIGN.md#x "t")\n[ref]: ./docs/benchmarks.md\n<a href="/etc/passwd">x</a> `[not](a-link.md)` [web](https://example.org)';
    expect(linkTargets(markdown)).toEqual(["docs/admin.md", "docs/grading.md", "../shared/DESIGN.md#x", "https://example.org", "./docs/benchmarks.md", "/etc/passwd"]);
    expect(linkProblem(readme, "docs/admin.md")).toBeUndefined();
    expect(linkProblem(readme, "docs/admin.md#rules")).toBeUndefined();
    expect(linkProblem(readme, "https://example.org/x.md")).toBeUndefined();
    expect(linkProblem(readme, "#run-it")).toBeUndefined();
    expect(linkProblem(readme, "../shared/DESIGN.md")).toMatch(/outside the repository/);
    expect(linkProblem(join(ROOT, "docs", "admin.md"), "../../shared/DESIGN.md")).toMatch(/outside the repository/);
    expect(linkProblem(readme, "docs/no-such-file.md")).toMatch(/no such file/);
    expect(linkProblem(readme, "/etc/passwd")).toMatch(/absolute path/);
  });
});
