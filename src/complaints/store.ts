/**
 * The complaints log's state. Every change is a read-modify-write of ONE record, fetched fresh
 * just before writing, so a status set in one tab and a note typed in another both survive.
 */
import { computed, signal } from '@preact/signals';
import { complaintsCsvFileName, complaintsToCsv } from '../core/complaints/csv.ts';
import { withNotes, withStatus, type ComplaintRecord, type ComplaintStatus } from '../core/complaints/record.ts';
import { isOverdue } from '../core/complaints/workingDays.ts';
import type { Region } from '../core/settings/types.ts';
import type { LogBackend } from './backend.ts';

export type StatusFilter = 'all' | ComplaintStatus;

/** Overdue ones first (soonest due first), then newest first. */
export function sortRecords(records: readonly ComplaintRecord[], now: Date, region: Region): ComplaintRecord[] {
  const late = (r: ComplaintRecord) => isOverdue(r, now, region);
  return [...records].sort((a, b) => {
    const la = late(a), lb = late(b);
    if (la !== lb) return la ? -1 : 1;
    if (la && lb && a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
    return Date.parse(b.movedAt) - Date.parse(a.movedAt);
  });
}

export function createLogStore(backend: LogBackend, clock: () => Date = () => new Date()) {
  const records = signal<ComplaintRecord[]>([]);
  const unreadable = signal<string[]>([]);
  const loaded = signal(false);
  const region = signal<Region>('england-and-wales');
  const now = signal(clock());
  const filter = signal<StatusFilter>('all');
  const error = signal<string | null>(null);

  const sorted = computed(() => sortRecords(records.value, now.value, region.value));
  const visible = computed(() => (filter.value === 'all' ? sorted.value : sorted.value.filter((r) => r.status === filter.value)));

  async function reload(): Promise<void> {
    const all = await backend.all();
    records.value = [...all.records.values()];
    unreadable.value = all.unreadable;
    now.value = clock();
    loaded.value = true;
  }

  async function update(id: string, change: (fresh: ComplaintRecord) => ComplaintRecord): Promise<boolean> {
    try {
      const fresh = await backend.get(id);
      if (!fresh) {
        error.value = 'That complaint record has been deleted (perhaps in another tab).';
        return false;
      }
      await backend.set(id, change(fresh));
      error.value = null;
      return true;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return false;
    }
  }

  return {
    records, unreadable, loaded, region, now, filter, error, sorted, visible,

    async start(signal: AbortSignal): Promise<void> {
      backend.onChanged(() => void reload(), signal);
      region.value = await backend.region();
      await reload();
      const tick = setInterval(() => (now.value = clock()), 60_000);
      signal.addEventListener('abort', () => clearInterval(tick), { once: true });
    },
    reload,
    setStatus: (id: string, status: ComplaintStatus) =>
      update(id, (fresh) => (fresh.status === status ? fresh : withStatus(fresh, status, clock()))),
    saveNotes: (id: string, notes: string) => update(id, (fresh) => withNotes(fresh, notes, clock())),
    async remove(id: string): Promise<void> {
      await backend.remove(id);
    },
    /** The CSV of every record (not only the filtered ones): the register wants them all. */
    csv(): { name: string; text: string } {
      const at = clock();
      return { name: complaintsCsvFileName(at), text: complaintsToCsv(records.value, { region: region.value, now: at }) };
    },
  };
}

export type LogStore = ReturnType<typeof createLogStore>;
