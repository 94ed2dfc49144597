import { describe, expect, test } from 'vitest';
import { extractComment, findCommentArticles, type FbComment } from '../../../src/facebook/index.ts';
import { loadFixture } from './load.ts';
import * as E from './expected.ts';

function extractAll(): FbComment[] {
  return findCommentArticles(document).map((article) => {
    const comment = extractComment(article);
    if (!comment) throw new Error(`unidentified article: ${article.getAttribute('aria-label')}`);
    return comment;
  });
}

describe.each([
  ['dialog-en.html', E.DIALOG_EN],
  ['permalink-en.html', E.PERMALINK_EN],
  ['timeline-en.html', E.TIMELINE_EN],
  ['dialog-nl.html', E.DIALOG_NL],
  ['permalink-nb.html', E.PERMALINK_NB],
  ['see-more-en.html', E.SEE_MORE_EN],
  ['photo-en.html', E.PHOTO_EN],
  ['video-en.html', E.VIDEO_EN],
  ['lazy.html', E.LAZY],
])('%s', (file, expected) => {
  test('every comment and reply, every field, in page order', () => {
    loadFixture(file);
    const got = extractAll();
    expect(got).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(got[i], `comment ${want.id}`).toEqual(want));
  });
});

describe('hostile.html', () => {
  test('markup, scripts, bidi and zero-width characters come back as the plain text shown', () => {
    loadFixture('hostile.html');
    const got = extractAll();
    expect(got.map((c) => c.id)).toEqual(['7070000000000001', '7070000000000002', '7070000000000003', '7070000000000004', '7070000000000005', '7070000000000006']);
    expect(got[0]?.text).toBe('<b>bold</b> <img src=x onerror=alert(1)> <script>alert("x")</script> please ring me back about my appointment');
    expect(got[1]?.text).toBe("I can't make it tomorrow \u202Ecancel\u202C my appointment please");
    expect(got[2]?.text).toBe("my pre\u200Bscrip\u200Ction hasn't been sent to the chemist\uFEFF");
    expect(got[4]?.author).toBe('<script>alert(1)</script>');
    expect(got[4]?.text).toBe('Thanks for the flu jab 💉');
    // No element was created from comment text.
    expect(document.querySelector('[role="article"] b, [role="article"] script, [role="article"] img[src="x"]')).toBeNull();
  });

  test('a 50 KB comment is read whole', () => {
    loadFixture('hostile.html');
    const long = extractAll()[3]!;
    expect(long.text.length).toBe('This is a complaint about the phone system. '.length * 1200 - 1);
    expect(long.text.startsWith('This is a complaint about the phone system. This is')).toBe(true);
    expect(long.truncated).toBe(false);
  });

  test('a link to another comment pasted into the text does not steal the identity', () => {
    loadFixture('hostile.html');
    const pasted = extractAll()[5]!;
    expect(pasted).toMatchObject({
      id: '7070000000000006', parentId: null, author: 'Link Paster',
      permalink: 'https://www.facebook.com/RiversideSurgery/posts/pfbid02RsHost1?comment_id=7070000000000006',
      text: 'see what they said here https://www.facebook.com/RiversideSurgery/posts/pfbid0Other?comment_id=9999999999999999',
    });
  });
});

describe('demo-practice.html', () => {
  const threads: [string, string, string[]][] = [
    ['Stacey Morgan', '23h', ['Riverside Surgery']], ['Dean Whitfield', '23h', []], ['Julie Ann Price', '23h', []],
    ['Kevin Briggs', '22h', ['Riverside Surgery', 'Kevin Briggs']], ['Margaret Holloway', '22h', ['Riverside Surgery']],
    ['Liam Carter', '21h', []], ['Shaz Ahmed', '21h', []], ['Bev Tomlinson', '20h', []], ['Gareth Lewis', '20h', []],
    ['Priya Sharma', '20h', []], ['Tracey Dunn', '19h', []], ['Ron Fairbrother', '19h', []], ['Hayley Brooks', '19h', ['Emma Brooks']],
    ['Chris Wood', '18h', []], ['Pat Kennedy', '18h', []], ['Amir Hassan', '17h', []], ['Sandra Pike', '17h', []], ['Jordan Blake', '16h', []],
    ['Nicola Hart', '16h', ['Riverside Surgery']], ['Tom Reilly', '15h', []], ['Debbie Clarke', '14h', []], ['Keith Simmons', '14h', []],
    ['Aisha Begum', '13h', []], ['Grace Lowe', '12h', []], ['Martin Fletcher', '11h', []], ['Wendy Shaw', '10h', ['Paula Grant', 'Riverside Surgery']],
    ['Ian Marsh', '8h', []], ['Sophie Turner', '6h', []], ['Bill Evans', '3h', []],
  ];

  test('29 comments and 8 replies with ids in page order and parents from the reply permalinks', () => {
    loadFixture('demo-practice.html');
    const got = extractAll();
    expect(got).toHaveLength(37);
    let i = 0;
    let n = 0;
    const id = (): string => `12${String(++n).padStart(14, '0')}`;
    for (const [author, time, replies] of threads) {
      const top = got[i++]!;
      const topId = id();
      expect(top).toMatchObject({ id: topId, parentId: null, isReply: false, author, timeLabel: time, authorIsPage: false });
      expect(top.permalink).toBe(`https://www.facebook.com/RiversideSurgery/posts/pfbid02RsDemo1?comment_id=${topId}`);
      for (const replier of replies) {
        const reply = got[i++]!;
        const replyId = id();
        expect(reply).toMatchObject({ id: replyId, parentId: topId, isReply: true, author: replier, authorIsPage: replier === 'Riverside Surgery' });
        expect(reply.permalink).toBe(`https://www.facebook.com/RiversideSurgery/posts/pfbid02RsDemo1?comment_id=${topId}&reply_comment_id=${replyId}`);
      }
    }
  });

  test('texts: emoji, mentions, image-only and a truncated complaint', () => {
    loadFixture('demo-practice.html');
    const byAuthor = new Map(extractAll().map((c) => [c.author, c]));
    expect(byAuthor.get('Bev Tomlinson')?.text).toBe('USELESS. ABSOLUTELY USELESS. 3 weeks to see a doctor is a joke 😡😡');
    expect(byAuthor.get('Chris Wood')?.text).toBe('Dan Wood Lisa Wood see this');
    expect(byAuthor.get('Martin Fletcher')?.text).toBe('');
    expect(byAuthor.get('Bill Evans')?.text).toBe('👍');
    expect(byAuthor.get('Sandra Pike')).toMatchObject({ truncated: true, text: 'Been with this practice 30 years and it has gone right downhill. Never see the same doctor twice and nobody ever calls you back when they say they will…' });
    expect(byAuthor.get('Tracey Dunn')?.text).toBe('my NHS number is 943 476 5919 and my date of birth 14/02/1979, please can you send my sertraline to lloyds on the high st');
  });
});
