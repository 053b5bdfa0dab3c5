import { mockDataSchema, seedData, type MockData } from './model';

export interface MockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Where the mock keeps its data: memory only, or a storage (localStorage in the browser, a file
 * for the HTTP server). The stored copy is the single source of truth: `load()` returns the latest
 * stored state (re-read only when the stored text changed, so another tab's or process's write is
 * seen), `commit()` writes only what changed. Stored data that fails the contract is dropped with
 * one console warning, and the seed is used.
 */
export class MockStore {
  data: MockData;
  /** The stored text `data` was read from or last written as (null: nothing stored). */
  private stored: string | null = null;
  /** `data` as text when it was loaded or written: a commit writes only when it differs. */
  private text = '';

  constructor(
    private readonly storage: MockStorage | undefined,
    private readonly key: string,
    data?: MockData,
  ) {
    this.data = data ?? seedData();
    this.text = JSON.stringify(this.data);
    if (!data) this.load();
  }

  /** The latest stored state (the seed when nothing valid is stored). */
  load(): MockData {
    if (!this.storage) return this.data;
    const raw = this.storage.getItem(this.key);
    if (raw === this.stored) return this.data;
    const parsed = raw === null ? undefined : this.parse(raw);
    this.stored = parsed ? raw : null; // a broken copy has been removed
    this.data = parsed ?? seedData();
    this.text = parsed ? raw! : JSON.stringify(this.data);
    return this.data;
  }

  /** Writes `data` when it differs from what is stored. Returns whether it wrote. */
  commit(): boolean {
    if (!this.storage) return false;
    const raw = JSON.stringify(this.data);
    if (raw === this.text) return false;
    this.storage.setItem(this.key, raw);
    this.stored = this.text = raw;
    return true;
  }

  /** Back to the seed, nothing stored. */
  reset(data: MockData = seedData()): void {
    this.data = data;
    this.storage?.removeItem(this.key);
    this.stored = null;
    this.text = JSON.stringify(data);
  }

  private parse(raw: string): MockData | undefined {
    let problem: string;
    try {
      const json: unknown = JSON.parse(raw);
      const parsed = mockDataSchema.safeParse(json);
      if (parsed.success) return json as MockData;
      problem = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
    } catch {
      problem = 'not JSON';
    }
    console.warn(`Mock API: the stored data in "${this.key}" does not fit the contract (${problem}); using the seed instead.`);
    this.storage?.removeItem(this.key);
    return undefined;
  }
}
