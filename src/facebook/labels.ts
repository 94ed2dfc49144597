/**
 * Locale wording, used only AFTER structure and ids: to read an author's name when no link has
 * one, to tell a reply by its aria-label, and to find buttons whose position is ambiguous.
 * Prefixes from facebook-dom.md's locale table; a missing locale degrades, it does not break.
 */

interface LabelForms {
  comment: string[];
  reply: string[];
  /** Separator between the replier and the person replied to. */
  replyTo: string[];
}

const LABELS: LabelForms = {
  comment: ['Comment by ', 'Opmerking van ', 'Kommentar fra ', 'Bình luận của ', 'Komentár od: ', 'Kommentar von ', 'Commentaire de ', 'Comentario de '],
  reply: ['Reply by ', 'Antwoord van ', 'Svar fra ', 'Phản hồi của ', 'Odpoveď od: ', 'Antwort von ', 'Réponse de ', 'Respuesta de '],
  replyTo: [' to ', ' op ', ' på ', ' cho ', ' an ', ' à ', ' a '],
};

/** "Reply" in the action row, by locale. */
export const REPLY_WORDS = ['reply', 'beantwoorden', 'svar', 'phản hồi', 'odpovedať', '回覆', '回复', 'antworten', 'répondre', 'responder', 'rispondi', 'odpowiedz', 'svara', 'svar'];

/** "See more" on truncated text, by locale. */
export const SEE_MORE_WORDS = ['see more', 'meer weergeven', 'se mer', 'xem thêm', 'zobraziť viac', '查看更多', '顯示更多', 'mehr ansehen', 'voir plus', 'ver más', 'altro...', 'visa mer', 'vis mere'];

export function isReplyLabel(label: string): boolean {
  return LABELS.reply.some((prefix) => label.startsWith(prefix));
}

export function isCommentLabel(label: string): boolean {
  return isReplyLabel(label) || LABELS.comment.some((prefix) => label.startsWith(prefix)) || label.includes('留言');
}

/** Best-effort author name from an aria-label ("Comment by Jane Doe 2 hours ago" → "Jane Doe"). */
export function authorFromLabel(label: string): string {
  const prefix = [...LABELS.comment, ...LABELS.reply].find((p) => label.startsWith(p));
  if (!prefix) return '';
  let rest = label.slice(prefix.length);
  if (LABELS.reply.includes(prefix)) {
    for (const sep of LABELS.replyTo) {
      const at = rest.indexOf(sep);
      if (at > 0) {
        rest = rest.slice(0, at);
        break;
      }
    }
  }
  // Drop a trailing time phrase ("2 hours ago", "(3 t)") — everything from the first digit-led word.
  return rest.replace(/\s+[(\d].*$/, '').replace(/\s+(a|an|one|about|yesterday|on)\s.*$/i, '').trim();
}

export function matchesWord(text: string, words: readonly string[]): boolean {
  const lower = text.trim().toLowerCase();
  return lower !== '' && words.includes(lower);
}
