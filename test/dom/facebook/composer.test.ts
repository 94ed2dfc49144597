import { describe, expect, test } from 'vitest';
import {
  extractComment, findCommentArticles, findPostComposer, findReplyButton, findReplyComposer, findSeeMore, findTagAnchor,
  isCommentArticle, postAuthorName, postContainerOf, threadRoot,
} from '../../../src/facebook/index.ts';
import { composer } from '../../fixtures/runtime/markup.ts';
import { FIXTURES, loadFixture } from './load.ts';

const REPLY_WORD: Record<string, string> = { en: 'Reply', nl: 'Beantwoorden', nb: 'Svar' };
const articles = (): HTMLElement[] => findCommentArticles(document);
const owned = (article: HTMLElement, el: Element | null): boolean => el !== null && el.closest('[role="article"]') === article;

function box(label: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = composer(label);
  return template.content.firstElementChild as HTMLElement;
}

/** Opens a reply box where Facebook (and the fixture runtime) puts it: in the thread's reply area. */
function openReplyBox(article: HTMLElement): HTMLElement {
  const root = threadRoot(article);
  const el = box(`Reply to ${extractComment(article)?.author}`);
  const container = root.querySelector(':scope > [data-fixture-replies]');
  if (container) container.append(el);
  else if (root.nextElementSibling) root.parentElement!.append(el);
  else root.append(el);
  return el;
}

describe.each(FIXTURES)('%s', (file) => {
  test('Reply button, tag anchor: owned by each article, never a nested reply', () => {
    loadFixture(file);
    const word = REPLY_WORD[document.documentElement.lang]!;
    for (const article of articles()) {
      const reply = findReplyButton(article);
      expect(owned(article, reply)).toBe(true);
      expect(reply?.textContent).toBe(word);
      const anchor = findTagAnchor(article);
      expect(owned(article, anchor)).toBe(true);
      expect(anchor?.textContent).toBe(extractComment(article)?.author);
      expect(isCommentArticle(article)).toBe(true);
    }
  });

  test('no reply box until Reply is clicked; the post composer is never taken for one', () => {
    loadFixture(file);
    for (const article of articles()) expect(findReplyComposer(article)).toBeNull();
    const post = findPostComposer(document);
    expect(post?.getAttribute('aria-label')).toMatch(/^(Comment as|Reageren als|Kommenter som) Riverside Surgery$/);
  });
});

test.each(['dialog-en.html', 'permalink-en.html', 'permalink-nb.html', 'demo-practice.html'])('%s: the reply box of a thread serves the comment and its replies', (file) => {
  loadFixture(file);
  const all = articles();
  const withReplies = all.filter((a) => all.some((b) => b !== a && threadRoot(b) === a));
  expect(withReplies.length).toBeGreaterThan(0);
  for (const root of withReplies) {
    const el = openReplyBox(root);
    expect(findReplyComposer(root)).toBe(el);
    for (const reply of all.filter((b) => b !== root && threadRoot(b) === root)) expect(findReplyComposer(reply)).toBe(el);
    // Other threads keep theirs.
    for (const other of all.filter((b) => threadRoot(b) !== root)) expect(findReplyComposer(other)).not.toBe(el);
    el.remove();
  }
});

test('a reply box in a top-level comment without replies, nested layout', () => {
  loadFixture('dialog-en.html');
  const sam = articles().find((a) => extractComment(a)?.author === 'Sam Lee')!;
  const el = box('Reply to Sam Lee');
  sam.append(el);
  expect(findReplyComposer(sam)).toBe(el);
});

test("Messenger's chat box is never a composer, even first in the page", () => {
  loadFixture('dialog-en.html');
  const dock = document.querySelector('[aria-label="Chats"]')!;
  document.body.prepend(dock);
  expect(findPostComposer(document)?.getAttribute('aria-label')).toBe('Comment as Riverside Surgery');
  for (const article of articles()) expect(findReplyComposer(article)?.getAttribute('aria-label')).not.toBe('Message');
});

test('timeline: each post has its own composer and author', () => {
  loadFixture('timeline-en.html');
  const composers = new Set<HTMLElement | null>();
  for (const article of articles()) {
    const container = postContainerOf(article);
    expect(container?.contains(article)).toBe(true);
    composers.add(findPostComposer(container!));
    expect(postAuthorName(article)).toBe('Riverside Surgery');
  }
  expect(composers.size).toBe(3);
  expect(composers.has(null)).toBe(false);
});

describe('See more', () => {
  test("each article's own button; expanding makes the full text readable", () => {
    loadFixture('see-more-en.html');
    const [helen, pageReply, jack] = articles();
    const own = findSeeMore(helen!);
    expect(owned(helen!, own)).toBe(true);
    expect(own).not.toBe(findSeeMore(pageReply!));
    expect(owned(pageReply!, findSeeMore(pageReply!))).toBe(true);
    expect(findSeeMore(jack!)).toBeNull();
    // What Facebook does on click: the button is replaced by the rest of the text.
    own!.replaceWith(document.createTextNode(own!.getAttribute('data-fixture-rest')!));
    const expanded = extractComment(helen!)!;
    expect(expanded.truncated).toBe(false);
    expect(expanded.text.endsWith("I'd like to know how to make a formal complaint and who I should address it to.")).toBe(true);
    expect(extractComment(pageReply!)?.truncated).toBe(true);
  });

  test('the Dutch and Norwegian buttons are found too', () => {
    loadFixture('dialog-nl.html');
    expect(articles().map((a) => findSeeMore(a)?.textContent ?? null)).toEqual([null, null, null, 'Meer weergeven']);
  });
});

test('React-style replacement: a fresh copy of a node is the same comment', () => {
  loadFixture('dialog-en.html');
  const first = articles()[0]!;
  const before = extractComment(first);
  const copy = first.cloneNode(true) as HTMLElement;
  first.replaceWith(copy);
  expect(isCommentArticle(copy)).toBe(true);
  expect(extractComment(copy)).toEqual(before);
  expect(articles()[0]).toBe(copy);
});

test('findCommentArticles on an added node includes the node itself and its nested replies', () => {
  loadFixture('dialog-en.html');
  const jane = articles()[0]!;
  expect(findCommentArticles(jane).map((a) => extractComment(a)?.id)).toEqual(['1010000000000001', '1010000000000002', '1010000000000003']);
});
