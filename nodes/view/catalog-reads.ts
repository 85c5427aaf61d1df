// The view's reads of the public catalog (terms, departments, searches, courses, sections),
// shared and revalidated. Every page still asks the gateway, so an admin's edit shows at once and
// seats are as fresh as the gateway's cache keeps them (at most 1 s, docs/catalog.md), but:
// - one read serves every request for the same answer that arrived before it started (FreshRead:
//   never an answer older than the request), so a crowd asking for one page makes one call;
// - the answer is kept with the gateway's ETag and asked again with If-None-Match: a 304 (no
//   body) reuses the answer already parsed, and what pages drew from it (`drawn`).
// The reads are made without the caller's token: the catalog is the same for everyone.
import { ok, type Gateway, type GatewayApi } from "./gateway";
import { SharedReads } from "./shared-reads";

/** A catalog answer, with what pages drew from it (HTML by variant), kept while the answer is current. */
export interface CatalogAnswer<T> {
  data: T;
  /** The catalog version the gateway read it at (its Catalog-Version header), if it said. */
  version?: string;
  /** When the read that gave or confirmed it started (performance.now()). */
  readAt: number;
  /** HTML drawn from this answer, by what else it depended on (e.g. the page's address); a few variants at most. */
  drawn: Map<string, string>;
}

/** A Treaty call of the catalog, with the headers to send. */
type Call = (api: GatewayApi, headers: Record<string, string>) => Promise<{ data: unknown; error: unknown; status: number; response: Response }>;
/** The data of a call's successful answer. */
type DataOf<C extends Call> = Extract<Awaited<ReturnType<C>>, { error: null }>["data"];

type Kept = CatalogAnswer<unknown> & { etag: string };

const MAX_ANSWERS = 500;
const MAX_DRAWN = 8;
const SAME_VERSION_REUSE_MS = 1000;


/** Shared, revalidated reads of the gateway's catalog answers (one per view process). */
export class CatalogReads {
  private readonly shared = new SharedReads<CatalogAnswer<unknown>>(MAX_ANSWERS);
  /** The last answer of each key with its ETag (the least recently read go first). */
  private readonly kept = new Map<string, Kept>();
  private api: GatewayApi | undefined;

  constructor(private readonly gateway: Gateway) {}

  /** All terms, newest first (see `read` for `sameAs`). */
  terms(sameAs?: CatalogAnswer<unknown>) {
    return this.read("terms", (api, headers) => api.terms.get({ headers }), sameAs);
  }

  /** Departments that have courses (see `read` for `sameAs`). */
  departments(sameAs?: CatalogAnswer<unknown>) {
    return this.read("departments", (api, headers) => api.departments.get({ headers }), sameAs);
  }

  /** A catalog search. */
  search(query: Parameters<GatewayApi["courses"]["get"]>[0] extends { query?: infer Q } | undefined ? NonNullable<Q> : never) {
    return this.read(`courses?${JSON.stringify(query)}`, (api, headers) => api.courses.get({ query, headers }));
  }

  /** One section. */
  section(id: string) {
    return this.read(`sections/${id}`, (api, headers) => api.sections({ id }).get({ headers }));
  }

  /**
   * The answer under `key`, from a read that started after this call (shared with the callers
   * waiting meanwhile); a 304 reuses the kept answer. Failures are thrown (GatewayError), not kept.
   * With `sameAs` (an answer this request just read), a kept answer read at the same catalog
   * version less than a second before it is used without a call: the catalog has not changed in
   * between (the version only grows), and the second bounds what the version does not cover
   * (a term's registration opening with the clock), as the gateway's own cache does.
   */
  private read<C extends Call>(key: string, call: C, sameAs?: CatalogAnswer<unknown>): Promise<CatalogAnswer<DataOf<C>>> {
    const kept = this.kept.get(key);
    if (sameAs?.version && kept?.version === sameAs.version && kept.readAt <= sameAs.readAt && sameAs.readAt - kept.readAt < SAME_VERSION_REUSE_MS) {
      return Promise.resolve(kept as CatalogAnswer<DataOf<C>>);
    }
    return this.shared.get(key, () => this.revalidate(key, call)) as Promise<CatalogAnswer<DataOf<C>>>;
  }

  private async revalidate(key: string, call: Call): Promise<CatalogAnswer<unknown>> {
    this.api ??= this.gateway.for({});
    const readAt = performance.now();
    const kept = this.kept.get(key);
    const answer = await call(this.api, kept ? { "if-none-match": kept.etag } : {});
    const version = answer.response.headers.get("catalog-version") ?? undefined;
    if (answer.status === 304 && kept) {
      Object.assign(kept, { version, readAt });
      this.kept.delete(key);
      this.kept.set(key, kept);
      return kept;
    }
    const data = await ok(Promise.resolve(answer));
    const etag = answer.response.headers.get("etag");
    const fresh = { data, version, readAt, drawn: new Map<string, string>() };
    this.kept.delete(key);
    if (etag) this.kept.set(key, Object.assign(fresh, { etag }));
    if (this.kept.size > MAX_ANSWERS) this.kept.delete(this.kept.keys().next().value!);
    return fresh;
  }
}

/** HTML drawn once per answer and variant: `draw` runs only when this answer has no drawing for `variant` yet. */
export async function drawnOnce(answer: { drawn: Map<string, string> }, variant: string, draw: () => JSX.Element): Promise<string> {
  const kept = answer.drawn.get(variant);
  if (kept !== undefined) return kept;
  const html = await draw();
  if (answer.drawn.size >= MAX_DRAWN) answer.drawn.clear();
  answer.drawn.set(variant, html);
  return html;
}
