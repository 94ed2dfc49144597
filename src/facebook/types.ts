/** One comment or reply as read from Facebook's markup. Never contains markup, only text. */
export interface FbComment {
  /** Numeric comment id (for a reply: its own reply id). */
  id: string;
  /** The thread's comment id for a reply (Facebook's `comment_id` on the reply permalink); null for a top-level comment. */
  parentId: string | null;
  isReply: boolean;
  author: string;
  /** Visible text, whitespace collapsed; emoji from `img[alt]`, @mentions kept. Empty for image-only comments. */
  text: string;
  /** Absolute permalink without tracking parameters; '' when the comment shows none. */
  permalink: string;
  /** Visible time label ("2h"), '' when missing. */
  timeLabel: string;
  /** True while a "See more" button hides the rest of the text. */
  truncated: boolean;
  /** True when written by the Page that wrote the post; false when different or unknown. */
  authorIsPage: boolean;
}

export type Surface = 'dialog' | 'permalink' | 'timeline' | 'none';

export interface Diagnostics {
  surface: Surface;
  /** Comment/reply articles found (after scoping away the chat dock). */
  articles: number;
  /** Of those, how many had a numeric id. */
  identified: number;
  lang: string;
  /** Path only: never the query, which can carry comment ids of the person's own activity. */
  url: string;
  /** Selector name → matches in the document. Counts only: no text, no names. */
  markers: Record<string, number>;
}
