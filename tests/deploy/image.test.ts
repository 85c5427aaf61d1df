// deploy/Dockerfile, read with a Dockerfile parser (no container daemon here, so the image is not
// built by the tests): pinned base, production install, non-root, nothing secret, and every
// file the manifests run is inside the image.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { DockerfileParser, type Copy, type From } from "dockerfile-ast";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadManifests, podSpecOf, ROOT } from "./manifests";

setDefaultTimeout(30_000);

const dockerfile = DockerfileParser.parse(readFileSync(join(ROOT, "deploy", "Dockerfile"), "utf8"));
const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
const argDefaults = Object.fromEntries(dockerfile.getARGs().map((arg) => [arg.getProperty()!.getName(), arg.getProperty()!.getValue() ?? ""]));
const resolveArgs = (text: string) => text.replace(/\$\{(\w+)\}/g, (_, name: string) => argDefaults[name] ?? "");
const stages = dockerfile.getFROMs();
const finalStage = stages.at(-1)!;
const instructions = dockerfile.getInstructions();
/** The instructions of the final stage. */
const finalInstructions = instructions.filter((i) => i.getRange().start.line > finalStage.getRange().start.line);
const words = (instruction: { getArguments(): Array<{ getValue(): string }> }) => instruction.getArguments().map((a) => a.getValue());

/** Whether a path of the build context is left out by .dockerignore (its simple patterns). */
function isIgnored(path: string): boolean {
  return ignored.some((pattern) => {
    if (pattern.startsWith("**/")) return new RegExp(`${pattern.slice(3).replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`).test(path);
    const plain = pattern.replace(/\*$/, "");
    return path === pattern || path.startsWith(`${pattern}/`) || (pattern.endsWith("*") && path.startsWith(plain));
  });
}

describe("the container image definition", () => {
  test("every base image is oven/bun at the Bun version CI uses, never a floating tag", () => {
    const ciVersion = /^BUN_VERSION=(\S+)$/m.exec(readFileSync(join(ROOT, ".ci", "run"), "utf8"))![1];
    const stageNames = new Set(stages.map((s: From) => s.getBuildStage()).filter(Boolean));
    const bases = stages.map((s: From) => resolveArgs(s.getImage()!)).filter((image) => !stageNames.has(image));
    expect(bases.length).toBeGreaterThan(0);
    for (const image of bases) expect(image).toBe(`oven/bun:${ciVersion}-slim`);
  });

  test("dependencies are the locked production set; the assets are built into the image", () => {
    const runs = instructions.filter((i) => i.getKeyword() === "RUN").map((i) => words(i).join(" "));
    expect(runs).toContain("bun install --frozen-lockfile --production");
    expect(runs).toContain("bun scripts/build-assets.ts");
    const copies = finalInstructions.filter((i) => i.getKeyword() === "COPY") as Copy[];
    expect(copies.some((c) => c.getFromFlag()?.getValue() === "assets" && words(c)[0] === "/app/public/build")).toBe(true);
    // Tailwind keeps only the classes it finds: the stage that builds the stylesheet sees every
    // node's sources (class names live outside nodes/view too, e.g. nodes/shared/http.ts) and public/.
    const assetsStage = stages.find((s: From) => s.getBuildStage() === "assets")!;
    const assetsCopies = instructions.filter((i) => i.getKeyword() === "COPY" && i.getRange().start.line > assetsStage.getRange().start.line && i.getRange().start.line < finalStage.getRange().start.line).map((i) => words(i)[0]);
    expect(assetsCopies).toEqual(expect.arrayContaining(["nodes", "public"]));
  });

  test("it runs as a non-root user, with bun as the entrypoint in the repository root", () => {
    const user = finalInstructions.filter((i) => i.getKeyword() === "USER").map((i) => words(i)[0]!).at(-1)!;
    expect(user).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    const [uid, gid] = user.split(":").map(Number);
    for (const { object } of loadManifests()) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      expect({ workload: object.metadata.name, uid: pod.securityContext.runAsUser, gid: pod.securityContext.runAsGroup }).toEqual({ workload: object.metadata.name, uid, gid });
    }
    expect(finalInstructions.find((i) => i.getKeyword() === "ENTRYPOINT")!.getArgumentsContent()).toBe('["bun"]');
    expect(finalInstructions.find((i) => i.getKeyword() === "WORKDIR")!.getArgumentsContent()).toBe("/app");
  });

  test("no secret is baked in: no secret-looking ARG or ENV, local data and keys left out of the build context", () => {
    const settings = instructions.filter((i) => i.getKeyword() === "ENV" || i.getKeyword() === "ARG").flatMap(words);
    expect(settings.filter((s) => /PASSWORD|SECRET|KEY|TOKEN|DATABASE_URL/i.test(s))).toEqual([]);
    for (const path of [".data", ".data/keys/private.pem", ".pm2", ".env", ".env.production", "node_modules", ".git"]) expect({ path, ignored: isIgnored(path) }).toEqual({ path, ignored: true });
    for (const copy of instructions.filter((i) => i.getKeyword() === "COPY") as Copy[]) {
      if (copy.getFromFlag()) continue;
      for (const source of words(copy).slice(0, -1)) {
        expect({ source, exists: existsSync(join(ROOT, source)), ignored: isIgnored(source) }).toEqual({ source, exists: true, ignored: false });
      }
    }
  });

  test("every script the manifests run, and every port they open, is in the image", () => {
    const copied = (finalInstructions.filter((i) => i.getKeyword() === "COPY") as Copy[]).filter((c) => !c.getFromFlag()).flatMap((c) => words(c).slice(0, -1));
    const exposed = new Set(finalInstructions.filter((i) => i.getKeyword() === "EXPOSE").flatMap(words).map(Number));
    for (const { object } of loadManifests()) {
      const pod = podSpecOf(object);
      for (const container of pod?.containers ?? []) {
        const script = container.args[0] as string;
        expect({ script, inImage: copied.some((source) => script.startsWith(`${source}/`)) && !isIgnored(script) && existsSync(join(ROOT, script)) }).toEqual({ script, inImage: true });
        for (const port of container.ports ?? []) expect({ port: port.containerPort, exposed: exposed.has(port.containerPort) }).toEqual({ port: port.containerPort, exposed: true });
      }
    }
  });
});
