/** Loads a saved fixture page into the happy-dom document (scripts stripped, so nothing runs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/facebook');

export const FIXTURES = [
  'dialog-en.html', 'permalink-en.html', 'timeline-en.html', 'dialog-nl.html', 'permalink-nb.html', 'see-more-en.html',
  'hostile.html', 'photo-en.html', 'video-en.html', 'lazy.html', 'demo-practice.html',
] as const;

export type FixtureName = (typeof FIXTURES)[number];

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Puts the fixture in `document` at its facebook.com URL; returns that URL. */
export function loadFixture(name: string, html = readFileSync(path.join(FIXTURE_DIR, name), 'utf8'), url?: string): string {
  const open = /<html([^>]*)>/.exec(html);
  if (!open) throw new Error(`${name}: no <html> element`);
  const attrs = open[1] ?? '';
  const pageUrl = url ?? decode(/data-fixture-url="([^"]*)"/.exec(attrs)?.[1] ?? 'https://www.facebook.com/');
  const inner = html.slice((open.index ?? 0) + open[0].length, html.lastIndexOf('</html>')).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(pageUrl);
  const root = document.documentElement;
  for (const attr of [...root.attributes]) root.removeAttribute(attr.name);
  for (const [, key, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) root.setAttribute(key!, decode(value!));
  root.innerHTML = inner;
  return pageUrl;
}
