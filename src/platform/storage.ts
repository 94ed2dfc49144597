/**
 * Typed storage: one item per key (webext-storage's StorageItem pattern) and prefix collections
 * for records that must not overwrite each other (complaint:<id>, handled:<commentId>): two tabs
 * writing different keys at once can never lose each other's writes.
 */
import { browser } from './browser.ts';

type AreaName = 'local' | 'session' | 'managed';

/** Raised when the browser refuses a write (quota, disk); callers must show it, never swallow it. */
export class StorageWriteError extends Error {
  constructor(key: string, cause: unknown) {
    super(`CalmReply could not save “${key}”: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageWriteError';
    this.cause = cause;
  }
}

function area(name: AreaName) {
  return browser.storage[name];
}

async function write(areaName: AreaName, items: Record<string, unknown>): Promise<void> {
  try {
    await area(areaName).set(items);
  } catch (error) {
    throw new StorageWriteError(Object.keys(items).join(', '), error);
  }
}

function listen(
  areaName: AreaName,
  callback: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, changedArea: string) => {
    if (changedArea === areaName) callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export interface StorageItemOptions<T> {
  area?: AreaName;
  /** Turns whatever is stored (possibly corrupt) into a T; defaults to a cast. */
  parse?: (raw: unknown) => T;
  fallback: T;
}

export class StorageItem<T> {
  readonly key: string;
  readonly #area: AreaName;
  readonly #parse: (raw: unknown) => T;
  readonly #fallback: T;

  constructor(key: string, options: StorageItemOptions<T>) {
    this.key = key;
    this.#area = options.area ?? 'local';
    this.#parse = options.parse ?? ((raw) => raw as T);
    this.#fallback = options.fallback;
  }

  /** The raw stored value, undefined when absent (for repair and backup). */
  async getRaw(): Promise<unknown> {
    const result = await area(this.#area).get(this.key);
    return result[this.key];
  }

  async get(): Promise<T> {
    const raw = await this.getRaw();
    return raw === undefined ? this.#fallback : this.#parse(raw);
  }

  async set(value: T): Promise<void> {
    await write(this.#area, { [this.key]: value });
  }

  async remove(): Promise<void> {
    await area(this.#area).remove(this.key);
  }

  onChanged(callback: (value: T) => void, signal: AbortSignal): void {
    listen(this.#area, (changes) => {
      const change = changes[this.key];
      if (!change) return;
      callback(change.newValue === undefined ? this.#fallback : this.#parse(change.newValue));
    }, signal);
  }
}

/** Records stored one key each under a prefix; unreadable records are reported, not dropped. */
export class StorageCollection<T> {
  readonly prefix: string;
  readonly #parse: (raw: unknown) => T | null;

  constructor(prefix: string, parse: (raw: unknown) => T | null) {
    this.prefix = prefix;
    this.#parse = parse;
  }

  key(id: string): string {
    return this.prefix + id;
  }

  /** Every readable record, plus the keys of any that could not be read (left untouched). */
  async getAll(): Promise<{ records: Map<string, T>; unreadable: string[] }> {
    const all = await area('local').get(null);
    const records = new Map<string, T>();
    const unreadable: string[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(this.prefix)) continue;
      const parsed = this.#parse(raw);
      if (parsed === null) unreadable.push(key);
      else records.set(key.slice(this.prefix.length), parsed);
    }
    return { records, unreadable };
  }

  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const result = await area('local').get(ids.map((id) => this.key(id)));
    const records = new Map<string, T>();
    for (const id of ids) {
      const parsed = result[this.key(id)] === undefined ? null : this.#parse(result[this.key(id)]);
      if (parsed !== null) records.set(id, parsed);
    }
    return records;
  }

  async get(id: string): Promise<T | null> {
    return (await this.getMany([id])).get(id) ?? null;
  }

  async set(id: string, value: T): Promise<void> {
    await write('local', { [this.key(id)]: value });
  }

  async remove(id: string): Promise<void> {
    await area('local').remove(this.key(id));
  }

  /** Called with the ids that changed (value null when removed or unreadable). */
  onChanged(callback: (changes: Map<string, T | null>) => void, signal: AbortSignal): void {
    listen('local', (changes) => {
      const mine = new Map<string, T | null>();
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith(this.prefix)) continue;
        mine.set(key.slice(this.prefix.length), change.newValue === undefined ? null : this.#parse(change.newValue));
      }
      if (mine.size > 0) callback(mine);
    }, signal);
  }
}

/** Calls back when any of the given keys changes in the given areas (no parsing: a nudge). */
export function onKeysChanged(areas: readonly AreaName[], keys: readonly string[] | null, callback: () => void, signal: AbortSignal): void {
  for (const areaName of areas) {
    listen(areaName, (changes) => {
      if (keys === null || keys.some((k) => k in changes)) callback();
    }, signal);
  }
}
