// Measuring a benchmark against the running system on this machine: loopback only, latency
// percentiles, and the CPU each node of the system under test used (Linux /proc).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Refuses any target that is not this machine: the benchmark floods what it points at. */
export function requireLoopback(url: string, what: string) {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) {
    console.error(`${what} must be on this machine (127.0.0.1, localhost or ::1), got ${host}. The benchmark only targets loopback.`);
    process.exit(2);
  }
}

/** The p-th percentile of sorted values (nearest rank). */
/** The median of some runs (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CPU seconds the whole machine has been busy (all cores; /proc/stat), or 0 where missing. */
export function machineBusySeconds(): number {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
    return (fields.slice(0, 8).reduce((a, b) => a + b, 0) - fields[3]! - fields[4]!) / 100;
  } catch {
    return 0;
  }
}

/** The pid of the process listening on a local TCP port (Linux /proc), or undefined. */
export function listenerPid(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    try {
      for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN.
        if (fields.length > 9 && fields[3] === "0A" && parseInt(fields[1]!.split(":")[1]!, 16) === port) inodes.add(fields[9]!);
      }
    } catch {
      // No such table.
    }
  }
  if (!inodes.size) return undefined;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (target && inodes.has(target)) return Number(pid);
      }
    } catch {
      // Gone, or not ours to read.
    }
  }
  return undefined;
}

/**
 * CPU seconds used so far by each process of the system under test (Linux /proc), grouped by
 * node. The system is the process tree of the supervisor (PM2 daemon) of the gateway listening
 * on the benchmark's port, so other copies of the system on this machine (test stacks, fault
 * drills) are not counted: the nodes by their main.ts, PostgreSQL as the postmaster under that
 * supervisor and its backends, and the benchmark itself. Empty where /proc is missing.
 */
/** Processes of each node seen by the last cpuByNode (gateway copies, PostgreSQL backends…). */
export const copies = new Map<string, number>();

export function cpuByNode(supervisor: number | undefined): Map<string, number> {
  const totals = new Map<string, number>();
  copies.clear();
  const processes: Array<{ pid: number; ppid: number; cmdline: string; seconds: number }> = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return totals;
  }
  for (const pid of entries) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      processes.push({ pid: Number(pid), ppid: Number(fields[1]), cmdline, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The process ended meanwhile.
    }
  }
  const byPid = new Map(processes.map((p) => [p.pid, p]));
  const under = (p: { ppid: number }, root: number) => {
    for (let parent = p.ppid, depth = 0; parent > 1 && depth < 6; parent = byPid.get(parent)?.ppid ?? 0, depth++) if (parent === root) return true;
    return false;
  };
  // Without a supervisor: the postmaster whose backends serve a courses database.
  const postmasters = new Set(processes.filter((p) => /^postgres: \S+ edustream_courses /.test(p.cmdline)).map((p) => p.ppid));
  for (const p of processes) {
    if (p.pid === process.pid) {
      totals.set("bench (load generator)", (totals.get("bench (load generator)") ?? 0) + p.seconds);
      continue;
    }
    if (supervisor !== undefined && !under(p, supervisor)) continue;
    const node = /nodes\/([a-z-]+)\/main\.ts/.exec(p.cmdline)?.[1] ?? (/^postgres[: ]|\/postgres /.test(p.cmdline) && (supervisor !== undefined || postmasters.has(p.pid) || postmasters.has(p.ppid)) ? "postgres" : undefined);
    if (node) {
      totals.set(node, (totals.get(node) ?? 0) + p.seconds);
      copies.set(node, (copies.get(node) ?? 0) + 1);
    }
  }
  return totals;
}


/** The supervisor (PM2 daemon) of the process listening on a local port, so only that system's processes are counted. */
export function supervisorOf(port: number): number | undefined {
  const pid = listenerPid(port);
  return pid ? Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) : undefined;
}
