// Hosts for the multi-host test: Linux network namespaces joined by a bridge that lives in a
// namespace of its own, so every address exists only inside namespaces this run made. Each host
// gets `eth0` with one address of 10.91.0.0/24, loopback, and a hosts file
// (/etc/netns/<namespace>/hosts, which `ip netns exec` puts in place of /etc/hosts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { alive } from "../../scripts/embedded-postgres";

export interface Host {
  /** Short name inside the test (db, app1, …). */
  name: string;
  /** Namespace name. */
  ns: string;
  address: string;
}

export interface Network {
  hosts: Record<string, Host>;
  /** Removes the namespaces, their hosts files, and every process still inside them. */
  destroy(): void;
}

const PREFIX = "esmh";

function ip(args: string[]): string {
  const result = spawnSync("ip", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`ip ${args.join(" ")} failed: ${(result.stderr || result.error?.message || "").trim()}`);
  return result.stdout;
}

/** Why namespaces cannot be made here, or undefined when they can. */
export function cannotMakeNamespaces(): string | undefined {
  if (process.platform !== "linux") return "network namespaces need Linux";
  if (process.getuid?.() !== 0) return "making network namespaces needs root (ip netns add)";
  const probe = spawnSync("ip", ["-V"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return "the ip command (Debian package iproute2) is missing";
  // Root in a container without CAP_SYS_ADMIN/CAP_NET_ADMIN cannot make one: try.
  const name = `${PREFIX}${process.pid}-probe`;
  const made = spawnSync("ip", ["netns", "add", name], { encoding: "utf8" });
  if (made.status !== 0) return `ip netns add failed: ${(made.stderr || "").trim()}`;
  const veth = spawnSync("ip", ["-n", name, "link", "add", "name", "a", "type", "veth", "peer", "name", "b"], { encoding: "utf8" });
  spawnSync("ip", ["netns", "del", name]);
  if (veth.status !== 0) return `veth pairs cannot be made: ${(veth.stderr || "").trim()}`;
  return undefined;
}


function removeNamespace(ns: string): void {
  const pids = spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" }).stdout?.split(/\s+/).filter(Boolean).map(Number) ?? [];
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  spawnSync("ip", ["netns", "del", ns]);
  rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
}

/** Namespaces left by an earlier run whose test process is gone (killed before its cleanup). */
function removeStale(): void {
  const names = spawnSync("ip", ["netns", "list"], { encoding: "utf8" }).stdout?.split("\n").map((line) => line.split(" ")[0]!) ?? [];
  for (const ns of names) {
    const match = new RegExp(`^${PREFIX}(\\d+)-`).exec(ns);
    if (match && !alive(Number(match[1]))) removeNamespace(ns);
  }
}

/**
 * Makes one namespace per host name, on one bridge, with addresses 10.91.0.10, .11, … in order,
 * and hosts files that map each host name to its address plus each alias to every address listed.
 */
export function makeNetwork(names: string[], aliases: Record<string, string[]>): Network {
  removeStale();
  const tag = `${PREFIX}${process.pid}`;
  const switchNs = `${tag}-sw`;
  const made: string[] = [];
  const destroy = () => {
    for (const ns of made.reverse()) removeNamespace(ns);
    made.length = 0;
  };
  try {
    ip(["netns", "add", switchNs]);
    made.push(switchNs);
    ip(["-n", switchNs, "link", "add", "br0", "type", "bridge"]);
    ip(["-n", switchNs, "link", "set", "br0", "up"]);
    const hosts: Record<string, Host> = {};
    names.forEach((name, i) => {
      const ns = `${tag}-${name}`;
      const address = `10.91.0.${10 + i}`;
      ip(["netns", "add", ns]);
      made.push(ns);
      ip(["link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", `p${i}`, "netns", switchNs]);
      ip(["-n", switchNs, "link", "set", `p${i}`, "master", "br0", "up"]);
      ip(["-n", ns, "addr", "add", `${address}/24`, "dev", "eth0"]);
      ip(["-n", ns, "link", "set", "eth0", "up"]);
      ip(["-n", ns, "link", "set", "lo", "up"]);
      hosts[name] = { name, ns, address };
    });
    const lines = ["127.0.0.1 localhost", ...Object.values(hosts).map((h) => `${h.address} ${h.name}`)];
    for (const [alias, members] of Object.entries(aliases)) for (const member of members) lines.push(`${hosts[member]!.address} ${alias}`);
    for (const host of Object.values(hosts)) {
      const dir = `/etc/netns/${host.ns}`;
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/hosts`, lines.join("\n") + "\n");
    }
    return { hosts, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}

/** The command that runs `cmd` inside a host. */
export function inHost(host: Host, cmd: string[]): string[] {
  return ["ip", "netns", "exec", host.ns, ...cmd];
}
