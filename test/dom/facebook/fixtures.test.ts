/** The fixture pages themselves: expected tags for the e2e tier, the demo page's coverage. */
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { extractComment, findCommentArticles } from '../../../src/facebook/index.ts';
import { FIXTURES, loadFixture } from './load.ts';

const tagsOf = (el: Element): string[] => (el.getAttribute('data-expect-tags') ?? '').split(' ').filter((t) => t !== '');

describe.each(FIXTURES)('%s', (file) => {
  test('every comment carries its expected tags (valid category ids), and nothing else does', () => {
    loadFixture(file);
    const comments = findCommentArticles(document);
    for (const article of comments) {
      expect(article.hasAttribute('data-expect-tags'), article.getAttribute('aria-label') ?? '').toBe(true);
      for (const tag of tagsOf(article)) expect(CATEGORY_IDS).toContain(tag);
    }
    const marked = [...document.querySelectorAll('[data-expect-tags]')];
    expect(marked.every((el) => comments.includes(el as HTMLElement))).toBe(true);
  });

  test('the Page\'s own replies expect no tag; image-only comments expect none', () => {
    loadFixture(file);
    for (const article of findCommentArticles(document)) {
      const comment = extractComment(article)!;
      if (comment.authorIsPage || comment.text === '') expect(tagsOf(article)).toEqual([]);
    }
  });
});

test('the demo page: 30+ comments and replies covering every category, Page replies on several', () => {
  loadFixture('demo-practice.html');
  const comments = findCommentArticles(document);
  expect(comments.length).toBeGreaterThanOrEqual(30);
  const seen = new Set(comments.flatMap(tagsOf));
  for (const id of CATEGORY_IDS) expect(seen, id).toContain(id);
  const pageReplies = comments.map((a) => extractComment(a)!).filter((c) => c.isReply && c.authorIsPage);
  expect(pageReplies.length).toBeGreaterThanOrEqual(3);
  expect(comments.filter((a) => tagsOf(a).includes('urgent')).length).toBeGreaterThanOrEqual(2);
  expect(document.querySelector('[data-ad-rendering-role="profile_name"]')?.textContent).toBe('Riverside Surgery');
});
