import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';
import type { Settings } from '../../../src/core/settings/types.ts';
import { comment, diagnostics, practiceSettings } from '../actions/fixtures.ts';

const fake = vi.hoisted(() => ({
  browser: null as unknown,
  settings: null as unknown,
  copied: [] as string[],
  copyFails: false,
  opened: [] as string[],
}));
vi.mock('../../../src/platform/browser.ts', () => ({ get browser() { return fake.browser; } }));
vi.mock('../../../src/platform/settings-store.ts', () => ({
  loadSettings: async () => ({ settings: fake.settings, local: fake.settings, locked: new Set(), problems: [] }),
  onSettingsChanged: () => undefined,
}));
vi.mock('../../../src/platform/runtime.ts', () => ({
  activeTabId: async () => 7,
  copyText: async (text: string) => {
    if (fake.copyFails) throw new Error('denied');
    fake.copied.push(text);
  },
  openExtensionPage: async (page: string) => void fake.opened.push(page),
  openOptions: async () => void fake.opened.push('options'),
}));
fake.browser = createMemoryBrowser();

const { fakeContentScript, mountPopup, settle, key } = await import('./harness.tsx');
const { handledStates, complaints } = await import('../../../src/platform/records.ts');
const { sendToExtension } = await import('../../../src/platform/messages.ts');

let tabs: AbortController;
let mounted: Awaited<ReturnType<typeof mountPopup>> | null = null;

const LIST = [
  comment('praise1', ['praise'], { author: 'Priya Patel', firstName: 'Priya', text: 'Thank you to the nurses, so kind.' }),
  comment('appt1', ['appointment'], { author: 'Gareth Lewis', firstName: 'Gareth' }),
  comment('compl1', ['complaint', 'appointment'], { author: 'Sarah Jones', firstName: 'Sarah', text: `On hold 40 minutes.\n${'Then nothing. '.repeat(20)}` }),
  comment('urg1', ['urgent'], { author: 'Tom Price', firstName: 'Tom', text: 'My dad has crushing chest pain' }),
  comment('done1', ['complaint'], { handled: { kind: 'page-replied' } }),
];

function setup(settings: Settings = practiceSettings(), list = LIST) {
  (fake.browser as ReturnType<typeof createMemoryBrowser>) = createMemoryBrowser();
  fake.settings = settings;
  fake.copied = [];
  fake.copyFails = false;
  fake.opened = [];
  tabs = new AbortController();
  return fakeContentScript({ comments: structuredClone(list), diagnostics: diagnostics() }, tabs.signal);
}

beforeEach(() => setup());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  tabs.abort();
});

async function open(id: string, m = mounted!) {
  m.root.querySelector<HTMLElement>(`[data-comment-id="${id}"]`)!.click();
  await settle();
}

describe('the list', () => {
  it('ranks urgent, complaints, appointments, then the rest, and hides handled ones by default', async () => {
    mounted = await mountPopup();
    expect(mounted.$$('comment-row').map((r) => r.dataset.commentId)).toEqual(['urg1', 'compl1', 'appt1', 'praise1']);
    expect(mounted.$('list-count')!.textContent).toBe('4 of 5 tagged');
    const first = mounted.$$('comment-row')[0]!;
    expect(first.textContent).toContain('Tom');
    expect(first.querySelector('[data-tag="urgent"]')!.textContent).toContain('Urgent');
  });

  it('shows handled ones with their label when the filter is off', async () => {
    mounted = await mountPopup();
    const box = mounted.$<HTMLInputElement>('filter-unhandled')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(mounted.$$('comment-row').map((r) => r.dataset.commentId)).toEqual(['urg1', 'compl1', 'done1', 'appt1', 'praise1']);
    expect(mounted.$('handled-label')!.textContent).toBe('✓ Page replied');
  });

  it('cuts long text to a plain-text snippet of about 90 characters', async () => {
    mounted = await mountPopup();
    const text = mounted.root.querySelector('[data-comment-id="compl1"] [data-testid="comment-snippet"]')!.textContent!;
    expect(text.length).toBeLessThanOrEqual(90);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('moves with the arrow keys and opens the focused row; Escape goes back to the same row', async () => {
    mounted = await mountPopup();
    const rows = mounted.$$('comment-row');
    rows[0]!.focus();
    key(rows[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(rows[1]);
    key(rows[1]!, 'End');
    expect(document.activeElement).toBe(rows[3]);
    key(rows[3]!, 'Home');
    key(rows[0]!, 'ArrowDown');
    // A focused <button> activates on Enter; happy-dom does not synthesise that click.
    (document.activeElement as HTMLElement).click();
    await settle();
    expect(mounted.$('comment-detail')!.dataset.commentId).toBe('compl1');
    key(mounted.$('comment-detail')!, 'Escape');
    await settle();
    expect(mounted.$('comment-list')).not.toBeNull();
    expect((document.activeElement as HTMLElement).dataset.commentId).toBe('compl1');
  });

  it('opens the comment named in ?comment= straight away', async () => {
    mounted = await mountPopup('?tabId=7&comment=appt1');
    expect(mounted.$('comment-detail')!.dataset.commentId).toBe('appt1');
  });

  it('refreshes when the content script says the comments changed', async () => {
    const tab = setup();
    mounted = await mountPopup();
    tab.state.comments.push(comment('urg2', ['urgent']));
    await sendToExtension('popup:state-changed', {});
    await settle();
    expect(mounted.$$('comment-row').map((r) => r.dataset.commentId).slice(0, 2)).toEqual(['urg1', 'urg2']);
  });
});

describe('the detail view', () => {
  it('shows the full text, reasons and rendered replies for the tags in rank order', async () => {
    mounted = await mountPopup();
    await open('compl1');
    expect(mounted.$('comment-text')!.textContent).toContain('On hold 40 minutes.\nThen nothing.');
    expect(mounted.$('reasons')!.textContent).toContain('mentions something complaint');
    const cards = mounted.$$('reply-choice');
    expect(cards[0]!.dataset.templateId).toBe('complaint-offline');
    expect(cards.some((c) => c.dataset.templateId!.startsWith('appointment'))).toBe(true);
    expect(cards[0]!.querySelector('[data-testid="reply-preview"]')!.textContent).toContain('Sarah');
    expect(mounted.$('move-to-complaints')).not.toBeNull();
  });

  it('shows a missing detail as a prompt and disables Insert with the reason', async () => {
    setup(practiceSettings({ phone: '' }));
    mounted = await mountPopup();
    expect(mounted.$('details-missing')!.textContent).toContain('Practice details not set');
    expect(mounted.$('details-missing')!.textContent).toContain('phone number');
    await open('urg1');
    const card = mounted.$$('reply-choice')[0]!;
    expect(card.querySelector('[data-testid="missing-detail"]')!.textContent).toBe('[Add your practice phone number in Options]');
    const insert = card.querySelector<HTMLButtonElement>('[data-testid="insert-reply"]')!;
    expect(insert.disabled).toBe(true);
    const reason = mounted.root.querySelector(`#${insert.getAttribute('aria-describedby')}`)!;
    expect(reason.textContent).toBe('Can’t insert yet: Add your practice phone number in Options.');
  });

  it('inserts a reply through the tab and says what to do next', async () => {
    const tab = setup();
    mounted = await mountPopup();
    await open('urg1');
    mounted.$$('insert-reply')[0]!.click();
    await settle();
    expect(tab.inserted).toHaveLength(1);
    expect(tab.inserted[0]!.commentId).toBe('urg1');
    expect(tab.inserted[0]!.text).toMatch(/^If this is an emergency, please call 999 now\./);
    expect(tab.inserted[0]!.text.split('\n').length).toBeGreaterThan(1);
    expect(mounted.$('status-message')!.textContent).toBe("Reply put in Tom's reply box. Check it, then press Enter on Facebook to post.");
    expect(mounted.$('status-message')!.getAttribute('aria-live')).toBe('polite');
  });

  it('reports the content script’s message when insertion failed', async () => {
    const tab = setup();
    tab.outcome = { ok: false, method: 'none', message: 'The reply box for this comment could not be found. Scroll to it and try again.' };
    mounted = await mountPopup();
    await open('urg1');
    mounted.$$('insert-reply')[0]!.click();
    await settle();
    expect(mounted.$('status-message')!.textContent).toBe(tab.outcome.message);
    expect(mounted.$('status-message')!.className).toContain('error');
  });

  it('copies the rendered text', async () => {
    mounted = await mountPopup();
    await open('appt1');
    mounted.$$('copy-reply')[0]!.click();
    await settle();
    expect(fake.copied).toHaveLength(1);
    expect(fake.copied[0]).toContain('Gareth');
    expect(mounted.$('status-message')!.textContent).toBe('Copied. Paste it into the reply box.');
  });

  it('marks handled and dismisses, stored per comment with the staff initials', async () => {
    mounted = await mountPopup();
    await open('appt1');
    mounted.$('mark-handled')!.click();
    await settle();
    expect(await handledStates.get('appt1')).toMatchObject({ state: 'replied', staffInitials: 'JB' });
    expect(mounted.$('detail-handled')!.textContent).toMatch(/^✓ Replied · JB · \d\d:\d\d$/);
    mounted.$('unmark')!.click();
    await settle();
    expect(await handledStates.get('appt1')).toBeNull();
    mounted.$('dismiss')!.click();
    await settle();
    expect(await handledStates.get('appt1')).toMatchObject({ state: 'dismissed' });
    key(mounted.$('comment-detail')!, 'Escape');
    await settle();
    expect(mounted.$$('comment-row').map((r) => r.dataset.commentId)).not.toContain('appt1');
  });

  it('moves a complaint in one click: note inserted, one record, handled', async () => {
    const tab = setup();
    mounted = await mountPopup();
    await open('compl1');
    mounted.$('move-to-complaints')!.click();
    await settle();
    expect(tab.inserted.map((i) => i.commentId)).toEqual(['compl1']);
    const { records } = await complaints.getAll();
    expect([...records.values()].map((r) => r.commentId)).toEqual(['compl1']);
    expect(await handledStates.get('compl1')).toMatchObject({ state: 'complaint' });
    expect(mounted.$('status-message')!.textContent).toMatch(/Complaint logged: acknowledge by \d\d\/\d\d\/\d{4}\./);
    expect(mounted.$<HTMLButtonElement>('move-to-complaints')!.disabled).toBe(true);
  });

  it('shows a handled state written elsewhere (another tab or the in-page menu)', async () => {
    mounted = await mountPopup();
    await handledStates.set('urg1', { commentId: 'urg1', state: 'replied', at: new Date().toISOString(), staffInitials: 'AK' });
    await settle();
    expect(mounted.$$('comment-row').map((r) => r.dataset.commentId)).not.toContain('urg1');
  });
});

describe('states', () => {
  it('says to open the practice’s post when the tab has no content script', async () => {
    tabs.abort();
    mounted = await mountPopup();
    expect(mounted.$('not-facebook')!.textContent).toContain('Open your practice’s Facebook post in this tab. If it is already open, reload the tab.');
  });

  it('offers a diagnostic report (no comment text) when no comments are found', async () => {
    tabs.abort();
    tabs = new AbortController();
    fakeContentScript({ comments: [], diagnostics: diagnostics({ articles: 0, identified: 0, tagged: 0 }) }, tabs.signal);
    mounted = await mountPopup();
    expect(mounted.$('no-comments')!.textContent).toContain('No comments found on this page.');
    mounted.$('copy-diagnostics')!.click();
    await settle();
    expect(JSON.parse(fake.copied[0]!)).toEqual(diagnostics({ articles: 0, identified: 0, tagged: 0 }));
    expect(mounted.$('status-message')!.textContent).toMatch(/^Diagnostic report copied\./);
  });

  it('treats an orphaned content script as nothing found, and says to reload', async () => {
    tabs.abort();
    tabs = new AbortController();
    fakeContentScript({ comments: LIST, diagnostics: diagnostics({ orphaned: true }) }, tabs.signal);
    mounted = await mountPopup();
    expect(mounted.$('no-comments')!.textContent).toContain('Reload the tab');
  });

  it('says so when none of the comments needs a reply', async () => {
    setup(practiceSettings(), []);
    mounted = await mountPopup();
    expect(mounted.$('list-empty')!.textContent).toBe('No comments here need one of CalmReply’s replies.');
  });

  it('opens the complaints log and Options from the footer', async () => {
    mounted = await mountPopup();
    mounted.$('open-complaints')!.click();
    mounted.$('open-options')!.click();
    expect(fake.opened).toEqual(['complaints', 'options']);
  });
});
