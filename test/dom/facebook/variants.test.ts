/** Markup the fixtures do not show: the documented skeleton itself, a bare page, other locales, link forms. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  detectSurface, extractComment, findCommentArticles, findPostComposer, findReplyButton, findReplyComposer, findSeeMore,
} from '../../../src/facebook/index.ts';
import { parseCommentLink } from '../../../src/facebook/links.ts';
import { loadFixture } from './load.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const extractAll = () => findCommentArticles(document).map((a) => extractComment(a));
const b64 = (s: string): string => encodeURIComponent(btoa(s));

describe("facebook-dom.md's skeleton, verbatim", () => {
  const load = () => loadFixture('skeleton', readFileSync(path.join(HERE, 'variants/skeleton.html'), 'utf8'), 'https://www.facebook.com/acmebakery/posts/pfbid02Xyz');
  const post = (c: string, r?: string) => `https://www.facebook.com/acmebakery/posts/pfbid02Xyz?comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;

  test('four comments and one reply, every field', () => {
    load();
    expect(detectSurface(document)).toBe('dialog');
    expect(extractAll()).toEqual([
      { id: '1111111111111111', parentId: null, isReply: false, author: 'Jane Doe', text: 'Do you deliver on Sundays?', permalink: post('1111111111111111'), timeLabel: '2h', truncated: false, authorIsPage: false },
      { id: '2222222222222222', parentId: '1111111111111111', isReply: true, author: 'Acme Bakery', text: 'Yes, 9am-1pm!', permalink: post('1111111111111111', '2222222222222222'), timeLabel: '1h', truncated: false, authorIsPage: true },
      { id: '3333333333333333', parentId: null, isReply: false, author: 'Sam Lee', text: 'Ordered the lemon tart last week and it arrived…', permalink: post('3333333333333333'), timeLabel: '5h', truncated: true, authorIsPage: false },
      { id: '4444444444444444', parentId: null, isReply: false, author: 'Priya K.', text: 'Price list? 🙏', permalink: post('4444444444444444'), timeLabel: '1d', truncated: false, authorIsPage: false },
    ]);
  });

  test('composers: the open reply box serves the thread; the post box is "Comment as"', () => {
    load();
    const [jane, reply, sam, priya] = findCommentArticles(document);
    const box = findReplyComposer(jane!);
    expect(box?.getAttribute('aria-label')).toBe('Reply to Jane Doe');
    expect(findReplyComposer(reply!)).toBe(box);
    expect(findReplyComposer(sam!)).toBeNull();
    expect(findReplyComposer(priya!)).toBeNull();
    expect(findPostComposer(document)?.getAttribute('aria-label')).toBe('Comment as Acme Bakery');
    expect(findReplyButton(sam!)?.textContent).toBe('Reply');
    expect(findSeeMore(sam!)?.textContent).toBe('See more');
    expect(findSeeMore(jane!)).toBeNull();
  });
});

describe('a bare page: no aria-labels, no main or dialog, relative links on web.facebook.com, replies in a div after the comment', () => {
  const page = `<html lang="cy"><body>
    <div data-ad-rendering-role="profile_name"><a href="/RiversideSurgery?__tn__=-UC">Riverside Surgery</a></div>
    <div data-ad-rendering-role="story_message"><div dir="auto">Newyddion</div></div>
    <div>
      <div role="article">
        <a href="/profile.php?id=100001&amp;comment_id=${b64('comment:999_5001')}"><span>Alys Jones</span></a>
        <div dir="auto">Dim apwyntiadau ar gael eto</div>
        <ul><li><a href="/RiversideSurgery/posts/pfbid0Cy?comment_id=5001&amp;__cft__[0]=AZ">3 awr</a></li><li><div role="button">Hoffi</div></li><li><div role="button">Ateb</div></li></ul>
      </div>
      <div>
        <div role="article">
          <a href="/RiversideSurgery?comment_id=${b64('comment:999_5002')}"><span>Riverside Surgery</span></a>
          <div dir="auto">Ffoniwch ni</div>
          <ul><li><a href="/RiversideSurgery/posts/pfbid0Cy?comment_id=5002">2 awr</a></li><li><div role="button">Hoffi</div></li><li><div role="button">Ateb</div></li></ul>
        </div>
        <div role="article">
          <span>Gwyn Evans</span><div dir="auto">Diolch</div>
          <ul><li><div role="button">Hoffi</div></li><li><div role="button">Ateb</div></li></ul>
          <a aria-hidden="true" href="/gwyn.evans?comment_id=${b64('comment:999_5003')}"><svg></svg></a>
        </div>
      </div>
    </div></body></html>`;

  test('ids from links, parents from structure, the Page recognised by its profile link', () => {
    loadFixture('bare', page, 'https://web.facebook.com/RiversideSurgery/posts/pfbid0Cy');
    expect(detectSurface(document)).toBe('permalink');
    expect(extractAll()).toEqual([
      { id: '5001', parentId: null, isReply: false, author: 'Alys Jones', text: 'Dim apwyntiadau ar gael eto', permalink: 'https://web.facebook.com/RiversideSurgery/posts/pfbid0Cy?comment_id=5001', timeLabel: '3 awr', truncated: false, authorIsPage: false },
      { id: '5002', parentId: '5001', isReply: true, author: 'Riverside Surgery', text: 'Ffoniwch ni', permalink: 'https://web.facebook.com/RiversideSurgery/posts/pfbid0Cy?comment_id=5002', timeLabel: '2 awr', truncated: false, authorIsPage: true },
      // No permalink and no author link text: id from the avatar's base64 id; name unknown.
      { id: '5003', parentId: '5001', isReply: true, author: '', text: 'Diolch', permalink: '', timeLabel: '', truncated: false, authorIsPage: false },
    ]);
  });

  test('the Reply button by position when the word is not known', () => {
    loadFixture('bare', page, 'https://web.facebook.com/RiversideSurgery/posts/pfbid0Cy');
    for (const article of findCommentArticles(document)) expect(findReplyButton(article)?.textContent).toBe('Ateb');
  });
});

test.each([
  ['Komentár od: Ján Novák (3 h)', 'Ján Novák'],
  ['Comment by Jo Bloggs a day ago', 'Jo Bloggs'],
  ['Reply by Jo Bloggs to Ann Lee\'s reply on Monday', 'Jo Bloggs'],
  ['Svar fra Kari Nilsen på Lars Haugen sin kommentar 5 timer siden', 'Kari Nilsen'],
  ['Antwoord van Emma de Vries op de opmerking van Piet 2 uur geleden', 'Emma de Vries'],
])('author from the aria-label when no link carries the name: %s', (label, author) => {
  loadFixture('label', `<html lang="en"><body><div role="main"><div role="article" aria-label="${label}"><span>${author}</span>
    <div dir="auto">text</div><ul><li><a href="/x/posts/1?comment_id=77">1h</a></li></ul></div></div></body></html>`);
  expect(extractComment(findCommentArticles(document)[0]!)).toMatchObject({ id: '77', author, text: 'text' });
});

describe('comment links', () => {
  test.each([
    ['https://www.facebook.com/photo/?fbid=10160&set=a.9&comment_id=11', '11', null],
    ['https://www.facebook.com/watch/?v=1122&comment_id=12&reply_comment_id=13', '12', '13'],
    ['https://www.facebook.com/RiversideSurgery/videos/1234/?comment_id=14', '14', null],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0&id=1000&comment_id=15', '15', null],
    ['https://web.facebook.com/RiversideSurgery/posts/pfbid0?comment_id=16&reply_comment_id=17&__cft__[0]=AZ&__tn__=R%5D-R', '16', '17'],
    ['/RiversideSurgery/posts/123?comment_id=18', '18', null],
    ['https://m.facebook.com/story.php?story_fbid=1&id=2&comment_id=19', '19', null],
  ])('%s', (href, commentId, replyId) => {
    const link = parseCommentLink(href);
    expect(link).toMatchObject({ commentId, replyId, encodedId: null, onPost: true });
  });

  test('base64 ids on author links decode to the comment id; garbage and other sites do not count', () => {
    expect(parseCommentLink('https://www.facebook.com/jane.doe.9?comment_id=Y29tbWVudDo3NzdfMTExMQ%3D%3D')).toMatchObject({ commentId: null, encodedId: '1111', onPost: false });
    expect(parseCommentLink('https://www.facebook.com/profile.php?id=1000123&comment_id=Y29tbWVudDo3NzdfNDQ0NA%3D%3D')?.encodedId).toBe('4444');
    expect(parseCommentLink('https://www.facebook.com/x?comment_id=hello')).toBeNull();
    expect(parseCommentLink('https://evil.example/RiversideSurgery/posts/1?comment_id=20')).toBeNull();
    expect(parseCommentLink('https://facebook.com.evil.example/a/posts/1?comment_id=20')).toBeNull();
  });
});

test('1,000 comments and replies: every id and parent right (timings belong in the bench, not here)', () => {
  const threads: string[] = [];
  for (let t = 1; t <= 200; t++) {
    const items = [`<div role="article" aria-label="Comment by P${t}"><a href="/p${t}"><span>P${t}</span></a><div dir="auto">comment ${t}</div>`
      + `<ul><li><a href="/S/posts/1?comment_id=${t}">1h</a></li><li><div role="button">Like</div></li><li><div role="button">Reply</div></li></ul><div>`];
    for (let r = 1; r <= 4; r++) {
      items.push(`<div role="article"><a href="/q${r}"><span>Q${r}</span></a><div dir="auto">reply ${r}</div>`
        + `<ul><li><a href="/S/posts/1?comment_id=${t}&amp;reply_comment_id=${100000 + t * 10 + r}">1h</a></li></ul></div>`);
    }
    threads.push(`<li>${items.join('')}</div></div></li>`);
  }
  loadFixture('big', `<html lang="en"><body><div role="main"><div data-ad-rendering-role="profile_name"><a href="/S">S</a></div><ul>${threads.join('')}</ul></div></body></html>`);
  const all = extractAll();
  expect(all).toHaveLength(1000);
  expect(all[999]).toMatchObject({ id: '102004', parentId: '200', author: 'Q4', text: 'reply 4' });
  expect(new Set(all.map((c) => c?.id)).size).toBe(1000);
  expect(all.filter((c) => c?.isReply)).toHaveLength(800);
});

test("the Page is recognised by name when its reply links to another form of its address", () => {
  loadFixture('people', `<html lang="en"><body><div role="main">
    <div data-ad-rendering-role="profile_name"><a href="https://www.facebook.com/RiversideSurgery"><strong>Riverside Surgery</strong></a></div>
    <ul><li><div role="article"><a href="https://www.facebook.com/people/Riverside-Surgery/100064000000001/"><span>Riverside Surgery</span></a>
      <div dir="auto">Please ring us.</div><ul><li><a href="/RiversideSurgery/posts/1?comment_id=5&amp;reply_comment_id=6">1h</a></li></ul></div>
    <div role="article"><a href="https://www.facebook.com/people/Someone-Else/100064000000002/"><span>Someone Else</span></a>
      <div dir="auto">me too</div><ul><li><a href="/RiversideSurgery/posts/1?comment_id=5&amp;reply_comment_id=7">1h</a></li></ul></div></li></ul></div></body></html>`);
  expect(extractAll().map((c) => [c?.id, c?.parentId, c?.authorIsPage])).toEqual([['6', '5', true], ['7', '5', false]]);
});

test('a badge link before the name (not part of the text), text in spans, a time link with only an aria-label, no action list', () => {
  loadFixture('badge', `<html lang="en"><body><div role="main"><div data-ad-rendering-role="profile_name"><a href="/RiversideSurgery">Riverside Surgery</a></div>
    <div role="article"><a aria-hidden="true" href="/amy.p?comment_id=${b64('comment:1_8001')}"><svg></svg></a>
      <div><a href="/RiversideSurgery/community_roles/">Top fan</a> <a href="/amy.p?comment_id=${b64('comment:1_8001')}"><span dir="auto">Amy Patel</span></a>
      <span dir="auto">Can I book a <a href="/hashtag/flujab">#flujab</a> for Saturday? ${'<img alt="🙏" src="e.png">'}</span></div>
      <div><span><a href="/RiversideSurgery/posts/pfbid0B?comment_id=8001" aria-label="3 hours ago"></a></span><div role="button">Like</div><div role="button">Reply</div></div>
    </div></div></body></html>`);
  const [article] = findCommentArticles(document);
  expect(extractComment(article!)).toEqual({
    id: '8001', parentId: null, isReply: false, author: 'Amy Patel', text: 'Can I book a #flujab for Saturday? 🙏',
    permalink: 'https://www.facebook.com/RiversideSurgery/posts/pfbid0B?comment_id=8001', timeLabel: '3 hours ago', truncated: false, authorIsPage: false,
  });
  expect(findReplyButton(article!)?.textContent).toBe('Reply');
});
