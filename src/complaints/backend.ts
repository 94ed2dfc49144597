/**
 * What the complaints log needs from the extension. The real one is storage (one key per record)
 * and the settings' region; tests use it on the in-memory browser.
 */
import type { ComplaintRecord } from '../core/complaints/record.ts';
import type { Region } from '../core/settings/types.ts';
import { complaints } from '../platform/records.ts';
import { loadSettings } from '../platform/settings-store.ts';

export interface LogBackend {
  all(): Promise<{ records: Map<string, ComplaintRecord>; unreadable: string[] }>;
  get(id: string): Promise<ComplaintRecord | null>;
  set(id: string, record: ComplaintRecord): Promise<void>;
  remove(id: string): Promise<void>;
  onChanged(callback: () => void, signal: AbortSignal): void;
  region(): Promise<Region>;
}

export function createExtensionLogBackend(): LogBackend {
  return {
    all: () => complaints.getAll(),
    get: (id) => complaints.get(id),
    set: (id, record) => complaints.set(id, record),
    remove: (id) => complaints.remove(id),
    onChanged: (callback, signal) => complaints.onChanged(() => callback(), signal),
    async region() {
      try {
        return (await loadSettings()).settings.practice.region;
      } catch {
        return 'england-and-wales';
      }
    },
  };
}
