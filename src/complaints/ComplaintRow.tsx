import { COMPLAINT_STATUS_LABELS, nextStatuses, type ComplaintRecord, type ComplaintStatus } from '../core/complaints/record.ts';
import { ukDateTime, ukDay } from './format.ts';
import { NotesField } from './NotesField.tsx';

export interface ComplaintRowProps {
  record: ComplaintRecord;
  overdue: boolean;
  onStatus: (id: string, status: ComplaintStatus) => void;
  onNotes: (id: string, notes: string) => Promise<boolean>;
  onDelete: (record: ComplaintRecord) => void;
}

const LONG = 140;

/** Only http(s) links on facebook.com are made clickable; anything else is shown as text. */
function safeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && /(^|\.)facebook\.com$/.test(parsed.hostname) ? parsed.href : null;
  } catch {
    return null;
  }
}

function CommentCell({ text }: { text: string }) {
  if (text.length <= LONG) return <span class="comment-text">{text}</span>;
  return (
    <details>
      <summary>{`${text.slice(0, LONG).trimEnd()}…`}</summary>
      <span class="comment-text">{text}</span>
    </details>
  );
}

export function ComplaintRow({ record, overdue, onStatus, onNotes, onDelete }: ComplaintRowProps) {
  const link = safeLink(record.permalink);
  const statuses = [record.status, ...nextStatuses(record.status)];
  return (
    <tr data-testid="complaint-row" data-record-id={record.id} data-overdue={String(overdue)} class={overdue ? 'overdue' : undefined}>
      <td data-testid="commenter">{record.commenter}</td>
      <td><CommentCell text={record.text} /></td>
      <td>
        {link ? <a href={link} target="_blank" rel="noreferrer noopener" data-testid="permalink">Open on Facebook</a> : <span>{record.permalink || '—'}</span>}
      </td>
      <td data-testid="moved-on">{ukDateTime(record.movedAt)}</td>
      <td>{record.staffInitials || '—'}</td>
      <td data-testid="due">
        {ukDay(record.dueDate)}
        {overdue ? <strong class="overdue-flag" data-testid="overdue"> ⚠ Overdue</strong> : null}
      </td>
      <td>
        <label class="visually-hidden" for={`status-${record.id}`}>Status</label>
        <select
          id={`status-${record.id}`}
          data-testid="status"
          value={record.status}
          onChange={(e) => onStatus(record.id, (e.currentTarget as HTMLSelectElement).value as ComplaintStatus)}
        >
          {statuses.map((s) => <option key={s} value={s}>{COMPLAINT_STATUS_LABELS[s]}</option>)}
        </select>
      </td>
      <td><NotesField recordId={record.id} value={record.notes} onSave={(notes) => onNotes(record.id, notes)} /></td>
      <td>
        <button type="button" class="danger" data-testid="delete" aria-label={`Delete the complaint from ${record.commenter}`} onClick={() => onDelete(record)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
