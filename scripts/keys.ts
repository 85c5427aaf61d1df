// `bun run keys`: a fresh Ed25519 key pair for access tokens, printed as two environment lines
// (PEM with \n escapes) to put in the production environment file. Only the auth node needs the
// private key; every node needs the public one.
import { generateKeyPairSync } from "node:crypto";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const line = (name: string, pem: string) => `${name}="${pem.trim().replace(/\n/g, "\\n")}"`;
console.log(line("EDUSTREAM_JWT_PRIVATE_KEY", privateKey.export({ type: "pkcs8", format: "pem" }).toString()));
console.log(line("EDUSTREAM_JWT_PUBLIC_KEY", publicKey.export({ type: "spki", format: "pem" }).toString()));
