// Regenerates the TypeScript types of the proto packages into nodes/generated/proto,
// with the same options the loader uses at run time (see nodes/shared/grpc/proto.ts).
import { PROTO_FILES, PROTO_ROOT } from "../nodes/shared/grpc/proto";
import { join } from "node:path";

const out = join(import.meta.dir, "..", "nodes", "generated", "proto");
const args = [
  "--grpcLib=@grpc/grpc-js",
  `--outDir=${out}`,
  `--includeDirs=${PROTO_ROOT}`,
  "--keepCase",
  "--longs=String",
  "--enums=String",
  "--defaults",
  "--inputTemplate=%s__Input",
  "--outputTemplate=%s",
  ...Object.values(PROTO_FILES),
];
const proc = Bun.spawnSync(["bun", "x", "proto-loader-gen-types", ...args], { stdout: "inherit", stderr: "inherit" });
process.exit(proc.exitCode ?? 1);
