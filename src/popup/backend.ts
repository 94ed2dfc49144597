/**
 * Everything the popup needs from the extension, behind one interface: the real one talks to the
 * tab's content script and storage; mock.ts lets the page render without the extension (Dark
 * Reader's ui/connect/mock.ts pattern), and tests swap in the in-memory browser.
 */
import type { HandledKind, HandledState } from '../core/handled.ts';
import type { Settings } from '../core/settings/types.ts';
import type { InsertFn, MoveInput, MoveResult } from '../actions/index.ts';
import type { TabComment, TabState } from '../platform/message-types.ts';

export interface PopupSettings {
  settings: Settings;
  problems: string[];
}

export interface PopupSubscriptions {
  /** The content script says its comments or handled states changed. */
  tabChanged(): void;
  settingsChanged(loaded: PopupSettings): void;
  /** Handled states written anywhere (another tab, the in-page menu). */
  handledChanged(changes: Map<string, HandledState | null>): void;
}

export interface PopupBackend {
  tabId(): Promise<number | null>;
  /** Rejects when the tab has no content script (not a Facebook tab, or opened before install). */
  tabState(tabId: number): Promise<TabState>;
  settings(): Promise<PopupSettings>;
  inserter(tabId: number, commentId: string): InsertFn;
  showComment(tabId: number, commentId: string): Promise<void>;
  copy(text: string): Promise<void>;
  markHandled(comment: TabComment, kind: HandledKind, settings: Settings): Promise<HandledState>;
  clearHandled(comment: TabComment): Promise<void>;
  moveToComplaints(input: MoveInput): Promise<MoveResult>;
  openOptions(): Promise<void>;
  openComplaints(): Promise<void>;
  subscribe(subs: PopupSubscriptions, signal: AbortSignal): void;
  /** A comment to open at once (`?comment=<id>`, from the in-page menu). */
  initialCommentId(): string | null;
}
