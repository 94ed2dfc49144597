/**
 * Every selector that knows Facebook's markup, in one place. Roles, aria and data attributes and
 * link parameters only: generated class names rotate every few weeks (see facebook-dom.md).
 * SELECTOR_COUNTS pairs each with the number of matches on each saved fixture; a DOM test checks
 * them all, so a markup change shows up as one failing line instead of silent breakage.
 */
export const SELECTORS = {
  /** Comments and replies; also media containers and Messenger bubbles, hence the extra checks. */
  article: '[role="article"]',
  /** Permalinks (numeric ids) and author links (base64 ids) both carry comment_id. */
  commentLink: 'a[href*="comment_id="]',
  replyLink: 'a[href*="reply_comment_id="]',
  dialog: '[role="dialog"]',
  main: '[role="main"]',
  postAuthor: '[data-ad-rendering-role="profile_name"]',
  storyMessage: '[data-ad-rendering-role="story_message"]',
  /** Comment text paragraphs (the author's name is a span[dir=auto] inside a link). */
  textBlock: 'div[dir="auto"]',
  button: '[role="button"]',
  composer: '[contenteditable="true"][role="textbox"]',
  lexicalComposer: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  loading: '[role="status"][data-visualcompletion="loading-state"]',
  /** Messenger's chat dock [G]: its bubbles are role=article too and must never be read. */
  chatDock: '[aria-label="Chats"], [aria-label="Messenger"], [data-pagelet*="Chat"], [aria-label^="Chat with"]',
  emoji: 'img[alt]',
} as const;

export type SelectorName = keyof typeof SELECTORS;

/** A comment's scope on a page that has one: the post dialog or the main column. */
export const SCOPE = `${SELECTORS.dialog}, ${SELECTORS.main}`;

/**
 * Matches of each selector on each fixture in test/fixtures/facebook/ (whole document, scripts not
 * run). Article counts include Messenger bubbles and media containers, which the extraction
 * then drops; the DOM test fails when a selector or a fixture drifts.
 */
export const SELECTOR_COUNTS: Record<SelectorName, Record<string, number>> = {
  article: { 'dialog-en.html': 11, 'permalink-en.html': 10, 'timeline-en.html': 9, 'dialog-nl.html': 4, 'permalink-nb.html': 6, 'see-more-en.html': 3, 'hostile.html': 6, 'photo-en.html': 4, 'video-en.html': 6, 'lazy.html': 5, 'demo-practice.html': 37 },
  commentLink: { 'dialog-en.html': 29, 'permalink-en.html': 24, 'timeline-en.html': 23, 'dialog-nl.html': 12, 'permalink-nb.html': 18, 'see-more-en.html': 9, 'hostile.html': 19, 'photo-en.html': 9, 'video-en.html': 11, 'lazy.html': 15, 'demo-practice.html': 111 },
  replyLink: { 'dialog-en.html': 3, 'permalink-en.html': 2, 'timeline-en.html': 2, 'dialog-nl.html': 1, 'permalink-nb.html': 3, 'see-more-en.html': 1, 'hostile.html': 0, 'photo-en.html': 1, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 8 },
  dialog: { 'dialog-en.html': 2, 'permalink-en.html': 1, 'timeline-en.html': 1, 'dialog-nl.html': 1, 'permalink-nb.html': 0, 'see-more-en.html': 0, 'hostile.html': 1, 'photo-en.html': 0, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 1 },
  main: { 'dialog-en.html': 1, 'permalink-en.html': 1, 'timeline-en.html': 1, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 1 },
  postAuthor: { 'dialog-en.html': 1, 'permalink-en.html': 1, 'timeline-en.html': 3, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 1 },
  storyMessage: { 'dialog-en.html': 1, 'permalink-en.html': 1, 'timeline-en.html': 3, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 1 },
  textBlock: { 'dialog-en.html': 11, 'permalink-en.html': 11, 'timeline-en.html': 12, 'dialog-nl.html': 5, 'permalink-nb.html': 7, 'see-more-en.html': 5, 'hostile.html': 7, 'photo-en.html': 4, 'video-en.html': 6, 'lazy.html': 6, 'demo-practice.html': 37 },
  button: { 'dialog-en.html': 23, 'permalink-en.html': 19, 'timeline-en.html': 21, 'dialog-nl.html': 11, 'permalink-nb.html': 14, 'see-more-en.html': 10, 'hostile.html': 14, 'photo-en.html': 8, 'video-en.html': 9, 'lazy.html': 12, 'demo-practice.html': 77 },
  composer: { 'dialog-en.html': 2, 'permalink-en.html': 2, 'timeline-en.html': 4, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 2, 'lazy.html': 1, 'demo-practice.html': 1 },
  lexicalComposer: { 'dialog-en.html': 2, 'permalink-en.html': 2, 'timeline-en.html': 4, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 2, 'lazy.html': 1, 'demo-practice.html': 1 },
  loading: { 'dialog-en.html': 1, 'permalink-en.html': 1, 'timeline-en.html': 3, 'dialog-nl.html': 1, 'permalink-nb.html': 1, 'see-more-en.html': 1, 'hostile.html': 1, 'photo-en.html': 1, 'video-en.html': 1, 'lazy.html': 1, 'demo-practice.html': 1 },
  chatDock: { 'dialog-en.html': 1, 'permalink-en.html': 0, 'timeline-en.html': 1, 'dialog-nl.html': 0, 'permalink-nb.html': 0, 'see-more-en.html': 0, 'hostile.html': 0, 'photo-en.html': 0, 'video-en.html': 1, 'lazy.html': 0, 'demo-practice.html': 0 },
  emoji: { 'dialog-en.html': 6, 'permalink-en.html': 1, 'timeline-en.html': 1, 'dialog-nl.html': 0, 'permalink-nb.html': 0, 'see-more-en.html': 0, 'hostile.html': 1, 'photo-en.html': 2, 'video-en.html': 1, 'lazy.html': 0, 'demo-practice.html': 9 },
};
