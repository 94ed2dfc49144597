/**
 * Issue "Replies", in both real browsers on the demo fixture: the popup lists the tab's tagged
 * comments in the right order, and Insert reply puts the rendered template into the right
 * comment's Lexical composer (a top-level comment, a reply; a multi-line template keeps its line
 * breaks). Nothing is ever submitted: the fixture counts submit attempts, and it must stay 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankComments } from '../../src/actions/rank.ts';
import { CATEGORY_META, isCategoryId, type CategoryId } from '../../src/core/categories.ts';
import { firstNameOf, renderTemplate } from '../../src/core/templates/index.ts';
import { BROWSERS, launch, type E2EBrowser, type UiPage } from './harness/index.ts';
import { PRACTICE_SETTINGS, useSettings } from './harness/session.ts';

const FIXTURE = 'demo-practice.html';
const settings = PRACTICE_SETTINGS;

interface PageComment {
  id: string;
  label: string;
  tags: CategoryId[];
  handled: string | null;
}

function commentsOnPage(page: UiPage): Promise<PageComment[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="article"][data-calmreply-id]')].map((el) => ({
    id: el.getAttribute('data-calmreply-id') ?? '',
    label: el.getAttribute('aria-label') ?? '',
    tags: (el.getAttribute('data-calmreply-tags') ?? '').split(/\s+/).filter(Boolean) as CategoryId[],
    handled: el.getAttribute('data-calmreply-handled'),
  })));
}

/** The text of every composer on the page, and of those in the thread of the comment labelled. */
function composers(page: UiPage, labelStart: string): Promise<{ all: string[]; thread: string[] }> {
  return page.evaluate((start) => {
    const boxes = (root: ParentNode) => [...root.querySelectorAll('[contenteditable="true"][role="textbox"]')];
    const text = (el: Element) => (window as unknown as { __fixture: { composerText(e: Element): string } }).__fixture.composerText(el);
    const article = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith(start));
    const thread = article?.closest('li');
    return { all: boxes(document).map(text), thread: thread ? boxes(thread).map(text) : [] };
  }, labelStart);
}


function lines(text: string): string[] {
  return text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
}

describe.each(BROWSERS)('%s: replies from the popup', (name) => {
  let browser: E2EBrowser;
  let post: UiPage;
  let popup: UiPage;
  let onPage: PageComment[];

  beforeAll(async () => {
    browser = await launch(name);
    await useSettings(browser);
    post = await browser.openFacebook(FIXTURE);
    await post.waitFor('every expected comment to be read', () => {
      const all = document.querySelectorAll('[data-expect-tags]');
      return all.length > 0 && [...all].every((el) => el.hasAttribute('data-calmreply-tags'));
    }, undefined, 30_000);
    onPage = await commentsOnPage(post);
    const tabId = await browser.tabIdOf(post);
    popup = await browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitFor('the popup to list comments', () => document.querySelector('[data-testid="popup"]')?.getAttribute('data-phase') === 'ready');
    // The practice's details are what the replies are rendered with: make sure they took.
    await popup.waitFor('the practice details', () => document.querySelector('[data-testid="practice-name"]')?.textContent === 'Riverside Surgery' &&
      document.querySelector('[data-testid="details-missing"]') === null);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const idOf = (labelStart: string) => {
    const found = onPage.find((c) => c.label.startsWith(labelStart));
    if (!found) throw new Error(`no comment labelled ${labelStart}`);
    return found.id;
  };

  async function choose(id: string): Promise<void> {
    await popup.click(`[data-testid="comment-row"][data-comment-id="${id}"]`);
    await popup.waitFor('the comment detail', (cid) => document.querySelector('[data-testid="comment-detail"]')?.getAttribute('data-comment-id') === cid, id);
  }

  async function insertAndWait(templateId: string): Promise<string> {
    const seq = () => Number(document.querySelector('[data-testid="status-message"]')?.getAttribute('data-seq') ?? 0);
    const before = await popup.evaluate(seq);
    const button = `[data-testid="reply-choice"][data-template-id="${templateId}"] [data-testid="insert-reply"]`;
    await popup.waitFor('Insert reply to be enabled', (sel) => document.querySelector<HTMLButtonElement>(sel)?.disabled === false, button)
      .catch(async (error: Error) => {
        const state = await popup.evaluate(() => document.querySelector('[data-testid="popup"]')?.textContent?.slice(0, 600));
        throw new Error(`${error.message}\npopup shows: ${state}`);
      });
    await popup.click(button);
    await popup.waitFor('the outcome message', (b) => Number(document.querySelector('[data-testid="status-message"]')?.getAttribute('data-seq') ?? 0) > b, before, 15_000);
    return popup.evaluate(() => document.querySelector('[data-testid="status-message"]')!.textContent ?? '');
  }

  async function backToList(): Promise<void> {
    await popup.click('[data-testid="back"]');
    await popup.waitFor('the list', () => document.querySelector('[data-testid="comment-list"]') !== null);
  }

  it('lists the tagged, unhandled comments: urgent, then complaints, then appointments, then the rest', async () => {
    const expected = rankComments(onPage.map((c) => ({ ...c, tags: c.tags.filter(isCategoryId) })))
      .filter((c) => c.handled === null)
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(10);
    const shown = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="comment-row"]')].map((r) => r.dataset.commentId));
    expect(shown).toEqual(expected);
    // Each row's most important tag never outranks the row above's (urgent, complaint, appointment…).
    const topTags = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="comment-row"]')]
      .map((r) => r.querySelector('[data-tag]')?.getAttribute('data-tag') ?? ''));
    const ranks = topTags.map((t) => (isCategoryId(t) ? CATEGORY_META[t].rank : 99));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(topTags[0]).toBe('urgent');
    expect(topTags).toContain('complaint');
    await popup.screenshot('popup-list');
    expect(popup.pageErrors).toEqual([]);
  });

  it('puts a multi-line reply into a top-level comment’s composer, line breaks kept, nothing submitted', async () => {
    const id = idOf('Comment by Amir Hassan');
    await choose(id);
    await popup.screenshot('popup-detail');
    const message = await insertAndWait('urgent-999-111');
    expect(message).toBe("Reply put in Amir's reply box. Check it, then press Enter on Facebook to post.");
    const template = settings.categories.urgent.templates.find((t) => t.id === 'urgent-999-111')!;
    const rendered = renderTemplate(template.text, { firstName: firstNameOf('Amir Hassan'), practice: settings.practice }).text;
    expect(lines(rendered).length).toBeGreaterThanOrEqual(3);
    await post.waitFor('the reply in the composer', (start) => {
      const article = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith(start));
      const f = (window as unknown as { __fixture: { composerText(e: Element): string } }).__fixture;
      return [...(article?.closest('li')?.querySelectorAll('[contenteditable="true"][role="textbox"]') ?? [])].some((b) => f.composerText(b).includes('999'));
    }, 'Comment by Amir Hassan');
    const { all, thread } = await composers(post, 'Comment by Amir Hassan');
    const filled = thread.filter((t) => t.trim() !== '');
    expect(filled).toHaveLength(1);
    expect(lines(filled[0]!)).toEqual(lines(rendered));
    expect(filled[0]!).toContain('\n');
    // No other composer on the page received it.
    expect(all.filter((t) => t.includes('999'))).toHaveLength(1);
    expect(await post.evaluate(() => (window as unknown as { __fixture: { submitAttempts: number } }).__fixture.submitAttempts)).toBe(0);
    await backToList();
  });

  it('puts a reply to a reply into that thread’s composer, nothing submitted', async () => {
    const id = idOf('Reply by Paula Grant');
    await choose(id);
    const choice = await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="reply-choice"][data-ready="true"]')?.dataset.templateId ?? '');
    expect(choice).toMatch(/^complaint-/);
    const message = await insertAndWait(choice);
    expect(message).toBe("Reply put in Paula's reply box. Check it, then press Enter on Facebook to post.");
    const template = settings.categories.complaint.templates.find((t) => t.id === choice)!;
    const rendered = renderTemplate(template.text, { firstName: 'Paula', practice: settings.practice }).text;
    await post.waitFor('the reply in the thread’s composer', (start) => {
      const article = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith(start));
      const f = (window as unknown as { __fixture: { composerText(e: Element): string } }).__fixture;
      return [...(article?.closest('li')?.querySelectorAll('[contenteditable="true"][role="textbox"]') ?? [])].some((b) => f.composerText(b).includes('Paula'));
    }, 'Comment by Wendy Shaw');
    const { all, thread } = await composers(post, 'Comment by Wendy Shaw');
    const filled = thread.filter((t) => t.includes('Paula'));
    expect(filled).toHaveLength(1);
    expect(lines(filled[0]!)).toEqual(lines(rendered));
    expect(all.filter((t) => t.includes('Paula'))).toHaveLength(1);
    expect(await post.evaluate(() => (window as unknown as { __fixture: { submitAttempts: number } }).__fixture.submitAttempts)).toBe(0);
    expect(post.pageErrors).toEqual([]);
    expect(popup.pageErrors).toEqual([]);
  });
});
