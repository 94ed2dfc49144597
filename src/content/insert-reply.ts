/**
 * 'tab:insert-reply': the comment's reply box opened (Reply clicked when needed) and the text put
 * in it, with the clipboard as the last resort. Every path ends in an outcome the person can act on.
 */
import { insertIntoComposer, openReplyComposer } from '../facebook/composer-insert.ts';
import type { InsertOutcome } from '../platform/message-types.ts';

async function toClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function insertReplyInto(article: HTMLElement | null, text: string): Promise<InsertOutcome> {
  if (!article) {
    return {
      ok: false,
      method: 'none',
      message: 'That comment is no longer on the page (Facebook may have reloaded it). Scroll to it, then try again, or use Copy.',
    };
  }
  const composer = await openReplyComposer(article);
  if (composer) {
    const method = await insertIntoComposer(composer, text);
    if (method) {
      composer.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return { ok: true, method, message: 'Reply put in the reply box. Check it, then press Enter on Facebook to post.' };
    }
  }
  if (await toClipboard(text)) {
    return {
      ok: true,
      method: 'clipboard',
      message: composer
        ? 'The reply box would not take the text, so it is copied instead: click in the reply box and paste it (Ctrl+V).'
        : 'CalmReply could not open the reply box, so the reply is copied instead: click Reply under the comment and paste it (Ctrl+V).',
    };
  }
  return {
    ok: false,
    method: 'none',
    message: composer
      ? 'The reply box would not take the text and it could not be copied. Use Copy in CalmReply, then paste it yourself.'
      : 'CalmReply could not find the reply box for this comment. Use Copy, then click Reply under the comment and paste it.',
  };
}
