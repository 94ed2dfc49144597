import { useEffect, useState } from 'preact/hooks';
import { COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS, type ComplaintRecord } from '../core/complaints/record.ts';
import { isOverdue } from '../core/complaints/workingDays.ts';
import { ComplaintRow } from './ComplaintRow.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { downloadText } from './download.ts';
import type { LogStore, StatusFilter } from './store.ts';

export interface ComplaintsLogProps {
  store: LogStore;
  download?: (name: string, text: string) => void;
}

export function ComplaintsLog({ store, download = downloadText }: ComplaintsLogProps) {
  const [deleting, setDeleting] = useState<ComplaintRecord | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    store.start(controller.signal).catch((e: unknown) => (store.error.value = e instanceof Error ? e.message : String(e)));
    return () => controller.abort();
  }, [store]);

  const visible = store.visible.value;
  const all = store.records.value;
  const overdueCount = all.filter((r) => isOverdue(r, store.now.value, store.region.value)).length;

  return (
    <main data-testid="complaints" class="log">
      <h1>Complaints log</h1>
      <p class="muted">
        Complaints moved from Facebook, kept in this browser only. Acknowledge each one within 3 working days; the
        date allows for weekends and bank holidays.
      </p>
      <div class="toolbar">
        <label>
          Show{' '}
          <select data-testid="filter" value={store.filter.value} onChange={(e) => (store.filter.value = (e.currentTarget as HTMLSelectElement).value as StatusFilter)}>
            <option value="all">All</option>
            {COMPLAINT_STATUSES.map((s) => <option key={s} value={s}>{COMPLAINT_STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <span data-testid="summary">{all.length} {all.length === 1 ? 'record' : 'records'}{overdueCount > 0 ? `, ${overdueCount} overdue` : ''}</span>
        <button type="button" class="primary" data-testid="export-csv" disabled={all.length === 0}
          onClick={() => {
            const { name, text } = store.csv();
            download(name, text);
          }}>
          Export CSV
        </button>
      </div>
      {store.error.value ? <p class="notice error" role="alert" data-testid="log-error">{store.error.value}</p> : null}
      {store.unreadable.value.length > 0 ? (
        <div class="notice warn" data-testid="unreadable">
          <p>{store.unreadable.value.length} stored {store.unreadable.value.length === 1 ? 'record could' : 'records could'} not be read. They have been left as they are, not deleted:</p>
          <ul>{store.unreadable.value.map((k) => <li key={k}><code>{k}</code></li>)}</ul>
        </div>
      ) : null}
      {!store.loaded.value ? <p class="muted">Loading…</p> : all.length === 0 ? (
        <p class="notice" data-testid="log-empty">No complaints yet. Use “Move to complaints” on a comment tagged Complaint, and it will appear here.</p>
      ) : visible.length === 0 ? (
        <p class="notice" data-testid="log-empty-filter">No {COMPLAINT_STATUS_LABELS[store.filter.value as keyof typeof COMPLAINT_STATUS_LABELS].toLowerCase()} complaints.</p>
      ) : (
        <table data-testid="complaints-table">
          <thead>
            <tr>
              <th scope="col">Commenter</th><th scope="col">Comment</th><th scope="col">Link</th><th scope="col">Moved on</th>
              <th scope="col">Staff</th><th scope="col">Acknowledge by</th><th scope="col">Status</th><th scope="col">Notes</th>
              <th scope="col"><span class="visually-hidden">Delete</span></th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <ComplaintRow key={r.id} record={r} overdue={isOverdue(r, store.now.value, store.region.value)}
                onStatus={(id, s) => void store.setStatus(id, s)} onNotes={store.saveNotes} onDelete={setDeleting} />
            ))}
          </tbody>
        </table>
      )}
      {deleting ? (
        <DeleteDialog
          commenter={deleting.commenter}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            store.remove(id).catch((e: unknown) => (store.error.value = e instanceof Error ? e.message : String(e)));
          }}
        />
      ) : null}
    </main>
  );
}
