// The gateway's cache of catalog reads (terms, departments, searches, courses, sections): answers
// the same question from memory while the catalog has not changed and the seat counts in the
// answer are less than a second old. "Not changed" is asked of the database for every request
// (the catalog version, raised by every catalog change in its own transaction, through the course
// node), one read shared by the requests that arrived before it started: an admin's edit shows
// on the very next read from any gateway copy, and the cache never serves an older catalog than
// the one committed when the request arrived.
import { FreshRead } from "../shared/fresh-read";

/** A cached answer: the catalog version it was built at, when its reads started, the answer and the sections in it. */
interface Entry {
  version: string;
  startedAt: number;
  value: Promise<object>;
  sectionIds: Set<string>;
}

/**
 * The answer as sent, made once per cached answer, not per request: its JSON as bytes, the same
 * gzipped (a catalog page is 16-70 kB of JSON, about a tenth of that gzipped: fewer bytes to
 * write for every request that accepts gzip, as browsers and the view do) and its entity tag.
 */
export interface Serialized {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The catalog version the answer was read at (sent as `Catalog-Version`). */
  version: string;
}

/** The cache of catalog answers by request (path and query). */
export class CatalogCache {
  private readonly version: FreshRead<string>;
  private readonly entries = new Map<string, Entry>();
  private readonly serialized = new WeakMap<object, Serialized>();

  constructor(
    readVersion: () => Promise<string>,
    private readonly options: { seatsMaxAgeMs: number; maxEntries: number } = { seatsMaxAgeMs: 1000, maxEntries: 500 },
  ) {
    this.version = new FreshRead(readVersion);
  }

  /**
   * The answer to `key`: from the cache when it was built at the catalog's current version less
   * than `seatsMaxAgeMs` ago (its reads started then, so its seat counts are at most that old),
   * else from `load` (shared with the requests asking the same meanwhile). `fresh` (a request
   * sent with Cache-Control: no-cache, e.g. right after the sender's own enrollment) skips the
   * cache and renews it. Failures are not kept.
   */
  async read<T extends object>(key: string, load: () => Promise<T>, fresh = false): Promise<T> {
    const arrived = performance.now();
    if (fresh) return this.load(key, await this.version.get(), load);
    const version = await this.version.get();
    const cached = this.entries.get(key);
    if (cached && cached.version === version && arrived - cached.startedAt < this.options.seatsMaxAgeMs) return cached.value as Promise<T>;
    return this.load(key, version, load);
  }

  /** Loads an answer and keeps it under `key` with the version read before the load started. */
  private load<T extends object>(key: string, version: string, load: () => Promise<T>): Promise<T> {
    const entry: Entry = {
      version,
      startedAt: performance.now(),
      sectionIds: new Set(),
      value: load().then((value) => {
        this.serialized.set(value, { ...serialized(value), version });
        entry.sectionIds = sectionIdsOf(value);
        return value;
      }),
    };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value as Promise<T>;
  }

  /**
   * Forgets every answer that shows the section: called by this gateway after an enrollment or a
   * drop it forwarded, so the next page through it (the student's own, or a classmate's) shows
   * the new seats at once. Other gateway copies keep theirs for at most `seatsMaxAgeMs`.
   */
  forgetSection(sectionId: string) {
    for (const [key, entry] of this.entries) if (entry.sectionIds.has(sectionId)) this.entries.delete(key);
  }

  /** The JSON text and entity tag of an answer this cache gave (made once per answer), or undefined for any other value. */
  serializedOf(value: unknown): Serialized | undefined {
    return typeof value === "object" && value !== null ? this.serialized.get(value) : undefined;
  }
}

/** The ids of the sections an answer shows: one section, a course's, or a search page's. */
function sectionIdsOf(value: object): Set<string> {
  type Sections = { sections?: Array<{ id: string }> };
  const answer = value as { section?: { id: string }; course?: Sections; courses?: Sections[] };
  const ids = new Set<string>();
  if (answer.section) ids.add(answer.section.id);
  for (const course of [...(answer.course ? [answer.course] : []), ...(answer.courses ?? [])]) for (const section of course.sections ?? []) ids.add(section.id);
  return ids;
}

function serialized(value: object): Omit<Serialized, "version"> {
  const body = new TextEncoder().encode(JSON.stringify(value));
  return { body, gzip: Bun.gzipSync(body), etag: `"${Bun.hash(body).toString(36)}"` };
}
