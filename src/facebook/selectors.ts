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
 * run). Filled from the fixtures' own structure; the DOM test fails when either side drifts.
 */
export const SELECTOR_COUNTS: Record<SelectorName, Record<string, number>> = {} as Record<SelectorName, Record<string, number>>;
