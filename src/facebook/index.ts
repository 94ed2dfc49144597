/** The only module that knows Facebook's markup. See facebook-dom.md. */
export type { FbComment, Surface, Diagnostics } from './types.ts';
export { SELECTORS, SELECTOR_COUNTS, type SelectorName } from './selectors.ts';
export { findCommentArticles, isCommentArticle, extractComment, findSeeMore, findTagAnchor } from './comments.ts';
export { findReplyButton, findReplyComposer, findPostComposer } from './composer.ts';
export { postAuthorName, postContainerOf } from './post.ts';
export { detectSurface, diagnose } from './surface.ts';
export { threadRoot } from './identity.ts';
export { forgetLinks } from './links.ts';
