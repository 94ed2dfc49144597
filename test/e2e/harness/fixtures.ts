/**
 * Serves fixture pages AT https://www.facebook.com/… in both browsers (request interception):
 * the production build runs unmodified, on the URLs its manifest matches.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures/facebook');
export const RUNTIME_PATH = '/__fixture__/runtime.js';
export const LOOK_PATH = '/__fixture__/look.css';

let runtimeBundle: Promise<string> | null = null;

/** The fixture runtime (real Lexical composers, Reply buttons, lazy loading…) as one ES module. */
export function fixtureRuntime(): Promise<string> {
  runtimeBundle ??= build({
    entryPoints: [path.join(ROOT, 'test/fixtures/runtime/index.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'error',
  }).then((result) => result.outputFiles[0]!.text);
  return runtimeBundle;
}

/** A fixture file's HTML; a string that starts with '<' is taken as the HTML itself. */
export function fixtureHtml(name: string): string {
  if (name.trimStart().startsWith('<')) return name;
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

/** The address a fixture is meant to be seen at (its <html data-fixture-url>), if it names one. */
export function fixtureUrl(html: string): string | null {
  const match = /<html[^>]*\sdata-fixture-url="([^"]+)"/.exec(html);
  return match ? match[1]!.replaceAll('&amp;', '&') : null;
}

export interface Served {
  status: number;
  contentType: string;
  body: string | Buffer;
}

// A 1×1 transparent GIF for avatars and emoji images (fbcdn hosts are never contacted).
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * What to answer for a request made by a fixture page, or null to refuse it. `html` is the
 * document served for any facebook.com page URL (single-page navigation changes the URL only).
 */
export async function answer(url: string, html: string): Promise<Served | null> {
  const u = new URL(url);
  if (u.hostname.endsWith('fbcdn.net')) return { status: 200, contentType: 'image/gif', body: PIXEL };
  if (u.hostname !== 'www.facebook.com' && u.hostname !== 'web.facebook.com') return null;
  if (u.pathname === RUNTIME_PATH) {
    return { status: 200, contentType: 'text/javascript', body: await fixtureRuntime() };
  }
  if (u.pathname === LOOK_PATH) {
    return { status: 200, contentType: 'text/css', body: readFileSync(path.join(ROOT, 'test/fixtures/look/facebook.css')) };
  }
  if (u.pathname === '/favicon.ico') return { status: 204, contentType: 'image/x-icon', body: '' };
  // Fixture pages get a Facebook-like look (screenshots, the demo) without carrying it themselves.
  const styled = html.includes('</head>') ? html.replace('</head>', `<link rel="stylesheet" href="${LOOK_PATH}"></head>`) : html;
  return { status: 200, contentType: 'text/html; charset=utf-8', body: styled };
}
