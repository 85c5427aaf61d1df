// Reads shared by key: a caller gets the result of a read that started after it asked (so it sees
// everything committed before it asked), shared with the callers of the same key that asked
// meanwhile (FreshRead). A crowd asking for the same answer at once (a page refreshed again and
// again on registration day) makes one call at a time, and no answer is older than its request.
import { FreshRead } from "../shared/fresh-read";

interface Entry<T> {
  shared: FreshRead<T>;
  /** The newest caller's way to read (its request id, its token): the next read is theirs. */
  latest: () => Promise<T>;
}

/** Reads shared by key, at most `maxKeys` keys (the least recently asked go first). */
export class SharedReads<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly maxKeys = 1000) {}

  /** The value of `key`, from a read that started after this call: `read` or that of a caller asking at the same time. */
  get(key: string, read: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      entry.latest = read;
    } else {
      const created: Entry<T> = { latest: read, shared: new FreshRead(() => created.latest()) };
      entry = created;
    }
    this.entries.set(key, entry);
    if (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
    return entry.shared.get();
  }
}
