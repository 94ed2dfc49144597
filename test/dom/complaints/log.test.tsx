import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createComplaintRecord, type ComplaintRecord } from '../../../src/core/complaints/record.ts';
import { CSV_BOM } from '../../../src/core/complaints/csv.ts';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => ({ get browser() { return fake.browser; } }));
vi.mock('../../../src/platform/settings-store.ts', () => ({
  loadSettings: async () => ({ settings: { practice: { region: 'england-and-wales' } }, problems: [] }),
}));
fake.browser = createMemoryBrowser();
const memory = () => fake.browser as ReturnType<typeof createMemoryBrowser>;

const { complaints } = await import('../../../src/platform/records.ts');
const { createExtensionLogBackend } = await import('../../../src/complaints/backend.ts');
const { createLogStore } = await import('../../../src/complaints/store.ts');
const { ComplaintsLog } = await import('../../../src/complaints/ComplaintsLog.tsx');

// Thursday 20 March 2025, 10:00 UK.
const NOW = new Date('2025-03-20T10:00:00Z');

function record(id: string, movedAt: string, extra: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    ...createComplaintRecord({
      id,
      comment: { id, author: `Commenter ${id}`, text: `Text of ${id}`, permalink: `https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1?comment_id=${id}` },
      movedAt: new Date(movedAt), staffInitials: 'JB', region: 'england-and-wales',
    }),
    ...extra,
  };
}

let root: HTMLElement;
let downloads: Array<{ name: string; text: string }>;

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  downloads = [];
  const store = createLogStore(createExtensionLogBackend(), () => NOW);
  render(<ComplaintsLog store={store} download={(name, text) => downloads.push({ name, text })} />, root);
  await vi.waitFor(() => {
    if (!store.loaded.value) throw new Error('loading');
  });
  await settle();
}

const $ = <E extends Element = HTMLElement>(id: string, scope: ParentNode = root) => scope.querySelector<E & Element>(`[data-testid="${id}"]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const row = (id: string) => root.querySelector<HTMLElement>(`[data-record-id="${id}"]`)!;

beforeEach(async () => {
  fake.browser = createMemoryBrowser();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the complaints log', () => {
  it('says so when there are no complaints', async () => {
    await mount();
    expect($('log-empty')!.textContent).toMatch(/^No complaints yet\./);
    expect($<HTMLButtonElement>('export-csv')!.disabled).toBe(true);
  });

  it('lists overdue new ones first, then newest first, with UK dates and a safe link', async () => {
    // Moved Mon 10 March: due Thu 13 March, overdue on the 20th. Moved Wed 19 March: due Mon 24.
    await complaints.set('old', record('old', '2025-03-10T09:00:00Z'));
    await complaints.set('newest', record('newest', '2025-03-19T15:30:00Z'));
    await complaints.set('acked', record('acked', '2025-03-05T09:00:00Z', { status: 'acknowledged' }));
    await complaints.set('mid', record('mid', '2025-03-18T09:00:00Z'));
    await mount();
    expect($$('complaint-row').map((r) => r.dataset.recordId)).toEqual(['old', 'newest', 'mid', 'acked']);
    expect(row('old').dataset.overdue).toBe('true');
    expect($('due', row('old'))!.textContent).toBe('Thu 13/03/2025 ⚠ Overdue');
    expect($('overdue', row('acked'))).toBeNull();
    expect($('due', row('newest'))!.textContent).toBe('Mon 24/03/2025');
    expect($('moved-on', row('newest'))!.textContent).toBe('19/03/2025 15:30');
    const link = $<HTMLAnchorElement>('permalink', row('old'))!;
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link.getAttribute('target')).toBe('_blank');
    expect($('summary')!.textContent).toBe('4 records, 1 overdue');
  });

  it('shows the text as it was, plain, and never links a non-Facebook address', async () => {
    await complaints.set('x', record('x', '2025-03-19T09:00:00Z', { text: '<img src=x onerror=alert(1)> rude', permalink: 'javascript:alert(1)' }));
    await mount();
    expect(row('x').querySelector('img')).toBeNull();
    expect(row('x').textContent).toContain('<img src=x onerror=alert(1)> rude');
    expect(row('x').querySelector('a')).toBeNull();
  });

  it('changes status through the allowed steps and keeps it in storage', async () => {
    await complaints.set('a', record('a', '2025-03-10T09:00:00Z'));
    await mount();
    const select = $<HTMLSelectElement>('status', row('a'))!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['New', 'Acknowledged', 'Closed']);
    select.value = 'acknowledged';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await complaints.get('a'))!.status).toBe('acknowledged');
    expect((await complaints.get('a'))!.updatedAt).toBe(NOW.toISOString());
    // No longer waiting for acknowledgement, so no longer overdue.
    expect(row('a').dataset.overdue).toBe('false');
    expect([...$<HTMLSelectElement>('status', row('a'))!.options].map((o) => o.value)).toEqual(['acknowledged', 'closed', 'new']);
  });

  it('saves notes on blur onto the freshest copy of the record', async () => {
    await complaints.set('n', record('n', '2025-03-19T09:00:00Z'));
    await mount();
    const notes = $<HTMLTextAreaElement>('notes', row('n'))!;
    notes.dispatchEvent(new Event('focus'));
    notes.value = 'Rang back, left a message.';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    // Meanwhile another tab acknowledges it.
    await complaints.set('n', { ...(await complaints.get('n'))!, status: 'acknowledged' });
    notes.dispatchEvent(new Event('blur'));
    await settle();
    const stored = (await complaints.get('n'))!;
    expect(stored.notes).toBe('Rang back, left a message.');
    expect(stored.status).toBe('acknowledged');
    expect($('notes-state', row('n'))!.textContent).toBe('Saved');
  });

  it('deletes only after confirmation; Cancel and Escape keep the record', async () => {
    await complaints.set('d', record('d', '2025-03-19T09:00:00Z'));
    await mount();
    $('delete', row('d'))!.click();
    await settle();
    const dialog = $('delete-dialog')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Delete this complaint record? This cannot be undone.');
    expect(document.activeElement).toBe($('delete-cancel'));
    $('delete-cancel')!.click();
    await settle();
    expect($('delete-dialog')).toBeNull();
    $('delete', row('d'))!.click();
    await settle();
    $('delete-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(await complaints.get('d')).not.toBeNull();
    $('delete', row('d'))!.click();
    await settle();
    $('delete-confirm')!.click();
    await settle();
    expect(await complaints.get('d')).toBeNull();
    expect($('log-empty')).not.toBeNull();
  });

  it('filters by status', async () => {
    await complaints.set('a', record('a', '2025-03-19T09:00:00Z'));
    await complaints.set('b', record('b', '2025-03-18T09:00:00Z', { status: 'closed' }));
    await mount();
    const filter = $<HTMLSelectElement>('filter')!;
    filter.value = 'closed';
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($$('complaint-row').map((r) => r.dataset.recordId)).toEqual(['b']);
  });

  it('updates live when another tab adds a record, and lists unreadable ones without dropping them', async () => {
    await memory().storage.local.set({ 'complaint:broken': { id: 'broken', status: 'lost' } });
    await mount();
    expect($('unreadable')!.textContent).toContain('complaint:broken');
    await complaints.set('live', record('live', '2025-03-19T09:00:00Z'));
    await settle();
    expect($$('complaint-row').map((r) => r.dataset.recordId)).toEqual(['live']);
    expect((await memory().storage.local.get('complaint:broken'))['complaint:broken']).toEqual({ id: 'broken', status: 'lost' });
  });

  it('exports every record as RFC 4180 CSV with a byte-order mark', async () => {
    await complaints.set('a', record('a', '2025-03-10T09:00:00Z', { text: 'Said "never again",\nthen left', notes: '=SUM(A1)' }));
    await complaints.set('b', record('b', '2025-03-19T09:00:00Z', { status: 'closed' }));
    await mount();
    $('export-csv')!.click();
    expect(downloads).toHaveLength(1);
    const { name, text } = downloads[0]!;
    expect(name).toBe('calmreply-complaints-2025-03-20.csv');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Commenter,Comment,Link,Moved on,Staff,Acknowledge by,Status,Notes,Overdue,Last updated,Reference');
    expect(lines[1]).toBe('Commenter a,"Said ""never again"",\nthen left",https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1?comment_id=a,2025-03-10 09:00,JB,2025-03-13,New,\'=SUM(A1),Yes,2025-03-10 09:00,a');
    expect(lines[2]).toMatch(/^Commenter b,Text of b,.*,Closed,,No,.*,b$/);
    expect(lines[3]).toBe('');
  });
});
