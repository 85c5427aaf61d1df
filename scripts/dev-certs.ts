// `bun scripts/dev-certs.ts`: a development CA and certificates for TLS between nodes, made with
// the openssl command (Debian's `openssl` package).
//
//   bun scripts/dev-certs.ts [--out DIR] [--operator NAME]... [NODE[=NAME_OR_IP,...]]...
//
// Writes DIR/ca.pem and DIR/ca.key (kept and reused when they exist, so nodes can be added later),
// and for each NODE DIR/NODE.pem and DIR/NODE.key: a node certificate (organizational unit
// `edustream-node`, for serving and for calling other nodes), valid for the names NODE,
// localhost, 127.0.0.1 and ::1 plus the names and addresses after `=` (those clients dial).
// `--operator NAME` makes a certificate of the same CA that is not a node's (for grpcurl and
// similar tools): it can connect, but node-only calls refuse it. DIR defaults to .data/certs;
// without NODE one certificate named `node` is made. Keys are written with mode 0600.
// Point each node at its files with EDUSTREAM_GRPC_CA, EDUSTREAM_GRPC_CERT and EDUSTREAM_GRPC_KEY.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_UNIT } from "../nodes/shared/grpc/tls";

export interface CertRequest {
  /** File name and common name; also a DNS name in the certificate. */
  name: string;
  /** More DNS names or IP addresses the certificate is valid for. */
  names?: string[];
  /** A node's certificate (default) or another holder's (an operator's tool). */
  kind?: "node" | "operator";
}

function openssl(args: string[]): void {
  const result = spawnSync("openssl", args, { encoding: "utf8" });
  if (result.error) throw new Error(`openssl is needed to make certificates (apt-get install openssl): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr.trim()}`);
}

const KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc"];

/** Makes (or keeps) the CA in `dir`. */
export function ensureCa(dir: string, commonName = "EduStream development CA"): void {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, "ca.key");
  const cert = join(dir, "ca.pem");
  if (existsSync(key) && existsSync(cert)) return;
  openssl(["req", "-x509", ...KEY, "-keyout", key, "-out", cert, "-days", "825", "-subj", `/O=EduStream/CN=${commonName}`,
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  chmodSync(key, 0o600);
}

/** Makes `dir/<name>.pem` and `dir/<name>.key`, signed by the CA in `dir`. */
export function makeCert(dir: string, request: CertRequest): { cert: string; key: string } {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$/.test(request.name)) throw new Error(`certificate name must be letters, digits, dots or dashes, got "${request.name}"`);
  const names = [...new Set([request.name, "localhost", "127.0.0.1", "::1", ...(request.names ?? [])])];
  const alt = names.map((n) => (isIP(n) ? `IP:${n}` : `DNS:${n}`)).join(",");
  const unit = request.kind === "operator" ? "edustream-operator" : NODE_UNIT;
  const key = join(dir, `${request.name}.key`);
  const cert = join(dir, `${request.name}.pem`);
  const work = mkdtempSync(join(tmpdir(), "edustream-cert-"));
  try {
    const csr = join(work, "req.csr");
    const ext = join(work, "ext.cnf");
    writeFileSync(ext, `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=${alt}\n`);
    openssl(["req", ...KEY, "-keyout", key, "-out", csr, "-subj", `/O=EduStream/OU=${unit}/CN=${request.name}`]);
    chmodSync(key, 0o600);
    openssl(["x509", "-req", "-in", csr, "-CA", join(dir, "ca.pem"), "-CAkey", join(dir, "ca.key"), "-CAcreateserial", "-out", cert, "-days", "365", "-extfile", ext]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { cert, key };
}

/** The CA and every requested certificate in `dir`. */
export function makeDevCerts(dir: string, requests: CertRequest[]): void {
  ensureCa(dir);
  for (const request of requests) makeCert(dir, request);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  let out = join(import.meta.dir, "..", ".data", "certs");
  const requests: CertRequest[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out") out = args[++i] ?? out;
    else if (arg === "--operator") requests.push({ name: args[++i] ?? "operator", kind: "operator" });
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: bun scripts/dev-certs.ts [--out DIR] [--operator NAME]... [NODE[=NAME_OR_IP,...]]...");
      process.exit(0);
    } else {
      const [name, extra] = arg.split("=");
      requests.push({ name: name!, names: extra ? extra.split(",").filter(Boolean) : [] });
    }
  }
  if (!requests.some((r) => r.kind !== "operator")) requests.push({ name: "node" });
  makeDevCerts(out, requests);
  console.log(`certificates in ${out}: ca.pem, ${requests.map((r) => `${r.name}.pem/.key${r.kind === "operator" ? " (operator)" : ""}`).join(", ")}`);
  const first = requests.find((r) => r.kind !== "operator")!;
  console.log(`use them with\n  EDUSTREAM_GRPC_CA=${join(out, "ca.pem")} EDUSTREAM_GRPC_CERT=${join(out, `${first.name}.pem`)} EDUSTREAM_GRPC_KEY=${join(out, `${first.name}.key`)}`);
}
