import * as grpc from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import type { PeerCertificate } from "node:tls";

/**
 * TLS between nodes: each node holds the CA, its own certificate and its key. Servers require a
 * client certificate signed by the CA, clients check the server's against the CA (and the name
 * they dialled). A node certificate carries this organizational unit; other certificates of the
 * same CA (an operator's, for grpcurl) can connect but not make node-only calls.
 */
export const NODE_UNIT = "edustream-node";

export interface NodeTls {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

/** Reads the three PEM files named in the config (all three or none). */
export function loadNodeTls(files: { ca: string; cert: string; key: string } | undefined): NodeTls | undefined {
  if (!files) return undefined;
  return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
}

/** The channel settings of a node from its config: its TLS files read once, the server name to check. */
export function channelSettings(config: { grpc: { tls?: { ca: string; cert: string; key: string }; tlsServerName?: string } }): { tls?: NodeTls; tlsServerName?: string } {
  return { tls: loadNodeTls(config.grpc.tls), tlsServerName: config.grpc.tlsServerName };
}

export function serverCredentials(tls: NodeTls): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(tls.ca, [{ cert_chain: tls.cert, private_key: tls.key }], true);
}

export function channelCredentials(tls: NodeTls | undefined): grpc.ChannelCredentials {
  return tls ? grpc.credentials.createSsl(tls.ca, tls.key, tls.cert) : grpc.credentials.createInsecure();
}

/** "127.0.0.1:5000", "[::1]:5000", "ipv4:…" → whether the peer is this host. */
export function isLoopbackPeer(peer: string): boolean {
  const host = peer.replace(/^(ipv4|ipv6):/, "").replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  if (host === "::1" || host === "localhost") return true;
  if (host.startsWith("::ffff:")) return isLoopbackPeer(host.slice(7));
  return isIP(host) === 4 && host.startsWith("127.");
}

/** Whether the organizational unit of a certificate subject (one value or several) is a node's. */
function isNodeUnit(unit: string | string[] | undefined): boolean {
  return Array.isArray(unit) ? unit.includes(NODE_UNIT) : unit === NODE_UNIT;
}

/**
 * Whether a call comes from another node: with TLS, its client certificate (verified against the
 * CA during the handshake) is a node certificate; without TLS, the peer is on loopback (the
 * default bind address makes that every peer).
 */
export function isNodePeer(call: { getAuthContext(): { sslPeerCertificate?: PeerCertificate }; getPeer(): string }, tls: NodeTls | undefined): boolean {
  if (!tls) return isLoopbackPeer(call.getPeer());
  const certificate = call.getAuthContext().sslPeerCertificate;
  return Boolean(certificate?.subject && isNodeUnit(certificate.subject.OU as string | string[] | undefined));
}
