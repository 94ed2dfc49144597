/**
 * Every message between the content script, the popup, the extension pages and the background,
 * with its payload and reply (Dark Reader's message.ts pattern): one union, checked at both ends.
 */
import type { CategoryId } from '../core/categories.ts';
import type { TagHit } from '../core/classifier/index.ts';
import type { Settings } from '../core/settings/types.ts';

export type HandledKind = 'replied' | 'complaint' | 'dismissed' | 'page-replied';

/** A comment as the popup sees it: what the content script read, tagged. */
export interface TabComment {
  id: string;
  parentId: string | null;
  isReply: boolean;
  author: string;
  firstName: string;
  text: string;
  permalink: string;
  timeLabel: string;
  truncated: boolean;
  tags: CategoryId[];
  reasons: Partial<Record<CategoryId, string[]>>;
  handled: { kind: HandledKind; at?: string; staffInitials?: string } | null;
}

/** No comment text, no names: safe to copy into an e-mail to IT. */
export interface Diagnostics {
  version: string;
  surface: 'dialog' | 'permalink' | 'timeline' | 'none';
  path: string;
  lang: string;
  articles: number;
  identified: number;
  tagged: number;
  errors: string[];
  markers: Record<string, number>;
  orphaned: boolean;
}

export interface TabState {
  comments: TabComment[];
  diagnostics: Diagnostics;
}

export type InsertMethod = 'paste' | 'execCommand' | 'clipboard' | 'none';

export interface InsertOutcome {
  ok: boolean;
  method: InsertMethod;
  /** British English, for the person: what happened and what to do next. */
  message: string;
}

export interface MessageMap {
  /** popup → content script: the comments of this tab. */
  'tab:get-state': [Record<string, never>, TabState];
  /** popup → content script: put text in a comment's reply box (never submits). */
  'tab:insert-reply': [{ commentId: string; text: string }, InsertOutcome];
  /** popup → content script: scroll to and briefly highlight a comment. */
  'tab:show-comment': [{ commentId: string }, boolean];
  /** content script → popup (broadcast): the tab's comments or handled states changed. */
  'popup:state-changed': [Record<string, never>, void];
  /** content script → background: unhandled urgent + complaint comments on this tab. */
  'bg:set-badge': [{ count: number }, void];
  /**
   * content script → background: the settings, validated and repaired, managed policy applied.
   * The background does this so the content script carries no schema code (its size budget).
   */
  'bg:get-settings': [Record<string, never>, { settings: Settings; locked: string[]; problems: string[] }];
  /**
   * content script → background: tag these comment texts with the current settings (one answer
   * per text, in order). The tagger's knowledge lives in the background, off the page's thread.
   */
  'bg:classify': [{ texts: string[] }, { tags: TagHit[][] }];
  /** content script / pages → background: open one of the extension's pages in a tab. */
  'bg:open-page': [{ page: 'options' | 'complaints' | 'popup'; query?: string }, void];
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K][0];
export type ResponseOf<K extends MessageType> = MessageMap[K][1];
