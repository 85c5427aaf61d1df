// A value read again for every caller, yet read once for many: a caller gets the result of a
// read that started after it asked, so it sees everything committed before it asked; callers
// that ask while a read is running share the next one. Catalog caches check the catalog version
// this way (one tiny query or call for a crowd of requests, never an answer older than the request).

/** Reads through `read`, sharing each read among the callers that asked before it started. */
export class FreshRead<T> {
  private running: Promise<T> | undefined;
  private waiting: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  /** The value, from a read that started after this call. */
  get(): Promise<T> {
    if (!this.running) return this.start();
    this.waiting ??= this.running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.waiting = undefined;
        return this.start();
      });
    return this.waiting;
  }

  private start(): Promise<T> {
    const read = this.read().finally(() => {
      if (this.running === read) this.running = undefined;
    });
    this.running = read;
    return read;
  }
}
