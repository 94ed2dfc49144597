/**
 * The tagger against the fixture pages' expectations: every marked comment, read the way the
 * content script reads it (extractComment; the Page's own replies are never tagged), classified
 * with the default settings, gets exactly the tags its `data-expect-tags` names. The e2e tier
 * checks the same in real browsers; this catches a rule change that breaks them in seconds.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { extractComment, findCommentArticles } from '../../../src/facebook/index.ts';
import { FIXTURES, loadFixture } from './load.ts';

const expectedTags = (el: Element): string[] =>
  (el.getAttribute('data-expect-tags') ?? '').split(' ').filter((t) => t !== '').sort();

describe.each(FIXTURES)('%s', (file) => {
  test('each marked comment gets exactly its expected tags', () => {
    loadFixture(file);
    // Expectations are for the whole comment: do what Facebook does when "See more" is clicked
    // (the button becomes the rest of the text), as the e2e tier does before it compares.
    for (const button of document.querySelectorAll('[role="button"][data-fixture-rest]')) {
      button.replaceWith(document.createTextNode(button.getAttribute('data-fixture-rest') ?? ''));
    }
    const settings = defaultSettings();
    const articles = findCommentArticles(document).filter((a) => a.hasAttribute('data-expect-tags'));
    expect(articles.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const article of articles) {
      const comment = extractComment(article);
      expect(comment, article.getAttribute('aria-label') ?? '').toBeTruthy();
      if (!comment) continue;
      const got = comment.text && !comment.authorIsPage ? classify(comment.text, settings).tags.map((t) => t.id).sort() : [];
      const want = expectedTags(article);
      if (got.join(' ') !== want.join(' ')) wrong.push(`${JSON.stringify(comment.text.slice(0, 160))}: expected [${want.join(' ')}], got [${got.join(' ')}]`);
    }
    expect(wrong).toEqual([]);
  });
});
