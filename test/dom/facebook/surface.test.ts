import { describe, expect, test } from 'vitest';
import { detectSurface, diagnose, findCommentArticles, isCommentArticle } from '../../../src/facebook/index.ts';
import { FIXTURES, loadFixture } from './load.ts';

const SURFACES: Record<(typeof FIXTURES)[number], string> = {
  'dialog-en.html': 'dialog', 'permalink-en.html': 'permalink', 'timeline-en.html': 'timeline', 'dialog-nl.html': 'dialog',
  'permalink-nb.html': 'permalink', 'see-more-en.html': 'permalink', 'hostile.html': 'dialog', 'photo-en.html': 'permalink',
  'video-en.html': 'permalink', 'lazy.html': 'dialog', 'demo-practice.html': 'dialog',
};

test.each(FIXTURES)('%s: surface', (file) => {
  loadFixture(file);
  expect(detectSurface(document)).toBe(SURFACES[file]);
});

test('a page with no post and no comments is "none"', () => {
  loadFixture('blank', '<html lang="en"><body><div role="main"><h1>Marketplace</h1></div></body></html>', 'https://www.facebook.com/marketplace');
  expect(detectSurface(document)).toBe('none');
  expect(diagnose(document)).toMatchObject({ surface: 'none', articles: 0, identified: 0, url: '/marketplace' });
});

describe('Messenger chat dock', () => {
  test.each(['dialog-en.html', 'permalink-en.html', 'timeline-en.html', 'video-en.html'])('%s: chat bubbles are never comments, even with a comment link in them', (file) => {
    loadFixture(file);
    const articles = findCommentArticles(document);
    for (const bubble of document.querySelectorAll('[role="article"][aria-label^="Tom Baker,"], [role="article"][aria-label^="You,"]')) {
      expect(articles).not.toContain(bubble);
      expect(isCommentArticle(bubble)).toBe(false);
    }
    expect(document.querySelectorAll('[role="article"][aria-label^="Tom Baker,"]').length).toBe(1);
  });
});

test('media containers (role=article, empty label) are not comments', () => {
  loadFixture('photo-en.html');
  const media = document.querySelector<HTMLElement>('[role="article"][aria-label=""]')!;
  expect(media).not.toBeNull();
  expect(isCommentArticle(media)).toBe(false);
  expect(findCommentArticles(document)).toHaveLength(3);
});

test('diagnostics: counts, path without query, language; never comment text or names', () => {
  loadFixture('permalink-nb.html');
  const report = diagnose(document);
  expect(report).toMatchObject({ surface: 'permalink', articles: 6, identified: 6, lang: 'nb', url: '/RiversideSurgery/posts/pfbid02RsNb1' });
  expect(report.markers).toMatchObject({ article: 6, postAuthor: 1, composer: 1, chatDock: 0 });
  loadFixture('permalink-en.html');
  const en = diagnose(document);
  expect(en.url).toBe('/permalink.php');
  const json = JSON.stringify(en);
  for (const leak of ['Alan', 'Riverside', 'appointments', 'pfbid', 'comment_id']) expect(json).not.toContain(leak);
});

test('diagnostics count articles found by label whose ids are missing', () => {
  loadFixture('unidentified', `<html lang="en"><body><div role="main"><div data-ad-rendering-role="profile_name"><a href="/RiversideSurgery">Riverside Surgery</a></div>
    <ul><li><div role="article" aria-label="Comment by Jo Bloggs 2 hours ago"><a href="/jo.bloggs">Jo Bloggs</a><div dir="auto">hello</div></div></li></ul></div></body></html>`,
  'https://www.facebook.com/RiversideSurgery/posts/pfbid0X');
  expect(diagnose(document)).toMatchObject({ surface: 'permalink', articles: 1, identified: 0 });
});

test("a Page's timeline with only one post loaded yet is still a timeline; the same post at a post URL is a permalink", () => {
  loadFixture('timeline-en.html');
  const posts = [...document.querySelectorAll('[data-virtualized]')];
  posts.slice(1).forEach((p) => p.remove());
  expect(detectSurface(document)).toBe('timeline');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.facebook.com/RiversideSurgery/posts/pfbid02RsTl1');
  expect(detectSurface(document)).toBe('permalink');
});
