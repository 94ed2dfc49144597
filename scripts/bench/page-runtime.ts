/**
 * Runs inside the bench page (main world), in place of facebook.com's own scripts: expands
 * "See more" and "View N more replies", appends and removes comments, and plays the scripted
 * scroll-and-expand session. Exposed as window.__bench for the bench driver.
 */
import { EN } from '../../test/fixtures/runtime/locales.ts';
import { commentArticle, esc, thread, type CommentSpec, type PostMeta, type PostSpec } from '../../test/fixtures/runtime/markup.ts';

const list = document.querySelector<HTMLElement>('[data-fixture-list="comments"]');
const meta = JSON.parse(list?.getAttribute('data-fixture-post') ?? '{}') as PostMeta;
const post: PostSpec = { ...meta, message: '', comments: [] };
const ctx = { post, locale: EN };
const texts = JSON.parse(document.getElementById('bench-texts')?.textContent ?? '[]') as string[];
let serial = 0;
const appended: Element[] = [];

function newSpec(): CommentSpec {
  serial++;
  return {
    id: `8${String(serial).padStart(15, '0')}`, author: 'Kim Ashworth', profile: 'kim.ashworth',
    html: esc(texts[(serial * 7919) % texts.length] ?? 'Hello'), time: 'Just now', ago: 'just now', expect: '',
  };
}

function fragment(markup: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
}

function expandReplies(button: HTMLElement): void {
  const n = Number(/\d+/.exec(button.textContent ?? '')?.[0] ?? '1');
  const article = button.closest<HTMLElement>('[role="article"]');
  const parentId = article?.querySelector('a[href*="comment_id="]:not([aria-hidden])')?.getAttribute('href');
  const thread = /comment_id=(\d+)/.exec(parentId ?? '')?.[1] ?? '1';
  const parent: CommentSpec = { id: thread, author: 'Someone', profile: 'someone', html: '', expect: '' };
  const markup = Array.from({ length: n }, () => commentArticle(newSpec(), ctx, parent, parent)).join('');
  button.replaceWith(fragment(markup));
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="button"]') : null;
  if (!button) return;
  const rest = button.getAttribute('data-fixture-rest');
  if (rest !== null) button.replaceWith(document.createTextNode(rest));
  else if (/^View \d+ more repl/.test(button.textContent ?? '')) expandReplies(button);
});

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The first expander inside the viewport, as a person scanning the post would click it. */
function visibleExpander(): HTMLElement | null {
  const height = innerHeight;
  for (const b of document.querySelectorAll<HTMLElement>('[data-fixture-rest], [role="button"]')) {
    if (!b.hasAttribute('data-fixture-rest') && !/^View \d+ more repl/.test(b.textContent ?? '')) continue;
    const r = b.getBoundingClientRect();
    if (r.top >= 0 && r.bottom <= height) return b;
  }
  return null;
}

const api = {
  /** Appends `n` top-level comments; returns when they are in the DOM, with their append time. */
  append(n: number): number {
    const markup = Array.from({ length: n }, () => thread(newSpec(), ctx)).join('');
    const items = [...fragment(markup).children];
    list?.append(...items);
    appended.push(...items);
    return performance.now();
  },
  removeAppended(): number {
    for (const el of appended.splice(0)) el.remove();
    return performance.now();
  },
  /** Scroll a screen, click what can be expanded, every other frame; returns the time it took. */
  async session(steps: number): Promise<{ ms: number; expanded: number; worstFrame: number }> {
    scrollTo(0, 0);
    await frame();
    let expanded = 0;
    let worstFrame = 0;
    let last = await frame();
    const start = last;
    for (let i = 0; i < steps; i++) {
      scrollBy(0, Math.round(innerHeight * 0.8));
      let t = await frame();
      worstFrame = Math.max(worstFrame, t - last);
      last = t;
      const b = visibleExpander();
      if (b) {
        b.click();
        expanded++;
      }
      t = await frame();
      worstFrame = Math.max(worstFrame, t - last);
      last = t;
    }
    return { ms: last - start, expanded, worstFrame };
  },
};
(window as unknown as { __bench: typeof api }).__bench = api;
document.documentElement.dataset.fixtureReady = 'true';
