/**
 * Generated posts for the browser bench: N comment and reply articles in facebook-dom.md markup
 * (the fixture generator's own markup functions), real-looking texts from the corpus, ~15 %
 * replies, some "See more" and some "View N more replies". Served with a small page script
 * (page-runtime.ts) instead of the fixture runtime: expanding, appending and removing comments
 * is all the bench needs from the page.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { EN } from '../../test/fixtures/runtime/locales.ts';
import { esc, type CommentSpec, type PostSpec } from '../../test/fixtures/runtime/markup.ts';
import { html, permalinkPage } from '../../test/fixtures/facebook/generator/shell.ts';
import { pick, prng } from './prng.ts';

export const POST_URL = 'https://www.facebook.com/RiversideSurgery/posts/pfbid02RsBench1';
const NAMES = ['Jane Doe', 'Sam Lee', 'Priya Kaur', 'Alan Hughes', 'Margaret Ellis', 'Dave Morris', 'Kim Ashworth', 'Leon Marsh', 'Dawn Pickering', 'Vic Palmer', 'Mandy Cole', 'Sid Booth', 'Ella Stone', 'Tom Baker'];
const TIMES: Array<[string, string]> = [['1h', '1 hour ago'], ['5h', '5 hours ago'], ['1d', '1 day ago'], ['2d', '2 days ago'], ['3w', '3 weeks ago']];

export interface BenchPage {
  html: string;
  /** Articles on the page as served (comments + replies; hidden replies not counted). */
  articles: number;
}

function spec(rand: () => number, texts: readonly string[], id: string): CommentSpec {
  const author = pick(rand, NAMES);
  const [time, ago] = pick(rand, TIMES);
  const text = pick(rand, texts);
  const c: CommentSpec = { id, author, profile: author.toLowerCase().replace(/\s+/g, '.'), html: esc(text), time, ago, expect: '' };
  // Facebook truncates long comments; about one in twenty here, with the rest behind "See more".
  if (text.length > 60 && rand() < 0.2) {
    const cut = text.lastIndexOf(' ', 50);
    c.html = `${esc(text.slice(0, cut))}…`;
    c.seeMore = text.slice(cut);
  }
  return c;
}

/** A post with exactly `articles` comment and reply articles. */
export function benchPost(articles: number, texts: readonly string[], seed = 7): BenchPage {
  const rand = prng(seed + articles);
  let next = 1;
  const id = () => `7${String(articles).padStart(5, '0')}${String(next++).padStart(10, '0')}`;
  const comments: CommentSpec[] = [];
  let count = 0;
  while (count < articles) {
    const c = spec(rand, texts, id());
    count++;
    const replies = rand() < 0.12 ? 1 + Math.floor(rand() * 2) : 0;
    c.replies = [];
    for (let r = 0; r < replies && count < articles; r++, count++) c.replies.push(spec(rand, texts, id()));
    if (rand() < 0.03) c.moreReplies = 2 + Math.floor(rand() * 3);
    comments.push(c);
  }
  const post: PostSpec = {
    pageName: 'Riverside Surgery', pageSlug: 'RiversideSurgery', postNum: '900000000000999',
    where: { kind: 'posts', pfbid: 'pfbid02RsBench1' }, nesting: 'inside',
    message: 'Flu jabs: our Saturday clinics start on 4 October. Over-65s can just walk in between 9am and 12pm.',
    time: '3h', ago: '3 hours ago', comments,
  };
  // The page script draws new comments from the same texts; </ cannot end the JSON early.
  const data = `<script type="application/json" id="bench-texts">${JSON.stringify(texts).replaceAll('</', '<\\/')}</script>`;
  const body = permalinkPage({ post, locale: EN }) + data;
  return { html: html({ file: '', url: POST_URL, lang: 'en', title: 'Riverside Surgery | Facebook', body }), articles: count };
}

let runtime: Promise<string> | null = null;

/** page-runtime.ts as one script, served where the fixture runtime would be. */
export function pageRuntime(): Promise<string> {
  runtime ??= build({
    entryPoints: [join(import.meta.dirname, 'page-runtime.ts')],
    bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'error',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return runtime;
}
