/**
 * Which scripted replies a comment gets, rendered with the practice's details. Pure: the popup and
 * the content script's in-page menu both call it with a comment and the loaded settings.
 */
import { byRank, type CategoryId } from '../core/categories.ts';
import type { ReplyTemplate, Settings } from '../core/settings/types.ts';
import { isReadyToInsert, renderTemplate, type RenderResult } from '../core/templates/index.ts';
import type { TabComment } from '../platform/message-types.ts';

export type ReplyComment = Pick<TabComment, 'tags' | 'firstName'>;

export interface ReplyChoice {
  /** The tag this template belongs to (the first, by rank, when several tags share one text). */
  category: CategoryId;
  template: ReplyTemplate;
  rendered: RenderResult;
  /** False while a practice detail it needs is not set (or it has an unknown placeholder). */
  ready: boolean;
  /** Why it cannot be inserted yet, for the person (British English); null when ready. */
  blockedBecause: string | null;
}

/** "Add your practice phone number in Options" etc., one line per missing detail. */
export function blockedReason(rendered: RenderResult): string | null {
  if (isReadyToInsert(rendered)) return null;
  const lines = rendered.parts.flatMap((p) => (p.kind === 'missing' && p.placeholder !== 'firstName' ? [p.label] : []));
  return [...new Set(lines)].join('. ') || 'This reply needs details that are not set. Check it in Options.';
}

function choice(category: CategoryId, template: ReplyTemplate, comment: ReplyComment, settings: Settings): ReplyChoice {
  const rendered = renderTemplate(template.text, { firstName: comment.firstName, practice: settings.practice });
  return { category, template, rendered, ready: isReadyToInsert(rendered), blockedBecause: blockedReason(rendered) };
}

/**
 * The templates for the comment's tags, most important tag first, each rendered. A template whose
 * text appears under two tags (a practice copying wording across) is offered once.
 */
export function replyChoices(comment: ReplyComment, settings: Settings): ReplyChoice[] {
  const seen = new Set<string>();
  const out: ReplyChoice[] = [];
  for (const category of [...new Set(comment.tags)].sort(byRank)) {
    const cat = settings.categories[category];
    if (!cat) continue;
    for (const template of cat.templates) {
      const key = template.text.replace(/\r\n?/g, '\n').trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(choice(category, template, comment, settings));
    }
  }
  return out;
}

/** The note "Move to complaints" inserts, rendered for this commenter. */
export function complaintsNoteChoice(comment: ReplyComment, settings: Settings): ReplyChoice {
  return choice('complaint', settings.complaintsNote, comment, settings);
}
