/** The popup's state (preact signals), made by a factory and handed down by context. */
import { batch, computed, signal } from '@preact/signals';
import { insertMessage, isUnhandled, moveMessage, rankComments, textReachedStaff, type ReplyChoice } from '../actions/index.ts';
import type { HandledKind, HandledState } from '../core/handled.ts';
import { handledLabel } from '../core/handled.ts';
import type { Diagnostics, TabComment } from '../platform/message-types.ts';
import type { PopupBackend, PopupSettings } from './backend.ts';

export type Phase = 'loading' | 'no-tab' | 'not-facebook' | 'no-comments' | 'ready';
export type Tone = 'ok' | 'error' | 'info';

export interface StatusMessage {
  text: string;
  tone: Tone;
  /** Counts messages, so the same text twice is still seen as a new outcome (tests wait on it). */
  seq: number;
}

function toTabHandled(state: HandledState): NonNullable<TabComment['handled']> {
  return { kind: state.state, at: state.at, staffInitials: state.staffInitials };
}

/** Nothing found where comments should be: an orphaned script, or no comment read at all. */
export function foundNothing(comments: readonly TabComment[], d: Diagnostics): boolean {
  return d.orphaned || (comments.length === 0 && (d.articles === 0 || d.identified === 0));
}

export function createPopupStore(backend: PopupBackend) {
  const phase = signal<Phase>('loading');
  const tabId = signal<number | null>(null);
  const comments = signal<TabComment[]>([]);
  const diagnostics = signal<Diagnostics | null>(null);
  const loaded = signal<PopupSettings | null>(null);
  const unhandledOnly = signal(true);
  const selectedId = signal<string | null>(null);
  /** The row to focus when going back to the list. */
  const lastSelectedId = signal<string | null>(null);
  const message = signal<StatusMessage | null>(null);
  const busy = signal(false);

  const ranked = computed(() => rankComments(comments.value));
  const visible = computed(() => (unhandledOnly.value ? ranked.value.filter(isUnhandled) : ranked.value));
  const selected = computed(() => comments.value.find((c) => c.id === selectedId.value) ?? null);

  let seq = 0;
  const say = (text: string, tone: Tone = 'info') => (message.value = { text, tone, seq: ++seq });

  async function refresh(): Promise<void> {
    const id = tabId.value;
    if (id === null) return;
    try {
      const state = await backend.tabState(id);
      batch(() => {
        comments.value = state.comments;
        diagnostics.value = state.diagnostics;
        phase.value = foundNothing(state.comments, state.diagnostics) ? 'no-comments' : 'ready';
      });
    } catch {
      phase.value = 'not-facebook';
    }
  }

  function setHandled(commentId: string, handled: TabComment['handled']): void {
    comments.value = comments.value.map((c) => (c.id === commentId && c.handled?.kind !== 'page-replied' ? { ...c, handled } : c));
  }

  /** Runs one action at a time: a double click never runs it twice. */
  async function exclusive(action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await action();
    } catch (error) {
      say(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      busy.value = false;
    }
  }

  return {
    phase, tabId, comments, diagnostics, loaded, unhandledOnly, selectedId, lastSelectedId, message, busy,
    ranked, visible, selected,

    async start(signal: AbortSignal): Promise<void> {
      backend.subscribe({
        tabChanged: () => void refresh(),
        settingsChanged: (next) => (loaded.value = next),
        handledChanged: (changes) => {
          for (const [id, state] of changes) setHandled(id, state ? toTabHandled(state) : null);
        },
      }, signal);
      const [id, settings] = await Promise.all([backend.tabId(), backend.settings()]);
      loaded.value = settings;
      tabId.value = id;
      if (id === null) {
        phase.value = 'no-tab';
        return;
      }
      await refresh();
      const wanted = backend.initialCommentId();
      if (wanted && comments.value.some((c) => c.id === wanted)) selectedId.value = wanted;
    },
    refresh,

    select(id: string): void {
      batch(() => {
        selectedId.value = id;
        lastSelectedId.value = id;
        message.value = null;
      });
      if (tabId.value !== null) void backend.showComment(tabId.value, id);
    },
    back(): void {
      selectedId.value = null;
    },

    insert: (choice: ReplyChoice) => exclusive(async () => {
      const comment = selected.value;
      if (!comment || tabId.value === null || !choice.ready) return;
      const outcome = await backend.inserter(tabId.value, comment.id)(choice.rendered.text);
      say(insertMessage(outcome, comment.firstName), textReachedStaff(outcome) ? 'ok' : 'error');
    }),

    copy: (choice: ReplyChoice) => exclusive(async () => {
      if (!choice.ready) return;
      try {
        await backend.copy(choice.rendered.text);
        say('Copied. Paste it into the reply box.', 'ok');
      } catch {
        say('The browser did not allow copying. Select the reply text and copy it with Ctrl+C.', 'error');
      }
    }),

    mark: (kind: HandledKind) => exclusive(async () => {
      const comment = selected.value;
      const settings = loaded.value?.settings;
      if (!comment || !settings) return;
      const state = await backend.markHandled(comment, kind, settings);
      setHandled(comment.id, toTabHandled(state));
      say(`${handledLabel(kind)}: ${comment.firstName || 'this comment'} is marked as handled.`, 'ok');
    }),

    unmark: () => exclusive(async () => {
      const comment = selected.value;
      if (!comment) return;
      await backend.clearHandled(comment);
      setHandled(comment.id, null);
      say('Marked as not handled.', 'info');
    }),

    move: () => exclusive(async () => {
      const comment = selected.value;
      const settings = loaded.value?.settings;
      if (!comment || !settings || tabId.value === null) return;
      const result = await backend.moveToComplaints({ comment, settings, insert: backend.inserter(tabId.value, comment.id) });
      if (result.status === 'moved') setHandled(comment.id, toTabHandled(result.handled));
      say(moveMessage(result, comment.firstName), result.status === 'moved' || result.status === 'already' ? 'ok' : 'error');
    }),

    copyDiagnostics: () => exclusive(async () => {
      if (!diagnostics.value) return;
      try {
        await backend.copy(JSON.stringify(diagnostics.value, null, 2));
        say('Diagnostic report copied. It has no comment text or names: paste it into an email to whoever looks after your IT.', 'ok');
      } catch {
        say('The browser did not allow copying the report.', 'error');
      }
    }),

    say,
    openOptions: () => void backend.openOptions(),
    openComplaints: () => void backend.openComplaints(),
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
