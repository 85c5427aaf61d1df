/** Minimal structured logger: one JSON object per line on stdout (PM2 keeps the files). */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Longest text of a logged value (an error's stack may be longer); the rest is cut, its length said. */
const MAX_LOGGED = 300;
const MAX_LOGGED_STACK = 4000;

/** JSON.stringify replacer: logs carry only a short prefix of any value (a request's text included). */
function shortValues(key: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const max = key === "error" || key === "stack" ? MAX_LOGGED_STACK : MAX_LOGGED;
  return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}

/** Creates a logger for one node; lines below `level` are dropped. */
export function createLogger(node: string, level: LogLevel = (process.env.EDUSTREAM_LOG_LEVEL as LogLevel) || "info"): Logger {
  const threshold = LEVELS[level] ?? LEVELS.info;
  const write = (lvl: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[lvl] < threshold) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: lvl, node, message, ...fields }, shortValues);
    if (lvl === "error" || lvl === "warn") process.stderr.write(line + "\n");
    else process.stdout.write(line + "\n");
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
