/**
 * Part 2: what the content script costs to load, gzipped — the loader, the chunk it imports at
 * once and every chunk those import statically — and, apart, the in-page menu that is only
 * imported when a tag is clicked. Plus the whole extension's size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  /** Files the content script loads at page start, with raw and gzipped bytes. */
  contentScript: { files: Array<{ file: string; bytes: number; gzip: number }>; bytes: number; gzip: number };
  /** The on-demand tag menu: its chunk plus the chunks it adds to what is already loaded. */
  tagMenu: { files: string[]; bytes: number; gzip: number };
  extension: { files: number; bytes: number; gzip: number };
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
// Vite writes import() specifiers with backticks as well as quotes.
const DYNAMIC_IMPORT = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?(?:chrome\.runtime\.getURL\()?["'`]([^"'`]+\.js)["'`]/g;
// Vite lists a dynamic import's chunk and its dependencies in __vite__mapDeps(["assets/…"]).
const MAP_DEPS = /__vite__mapDeps=[^[]*\[([^\]]*)\]/;

const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;

function resolve(dist: string, from: string, spec: string): string {
  // Loader specs are extension-root paths ("assets/x.js"); chunk specs are relative ("./x.js").
  if (!spec.startsWith('.')) return spec.replace(/^\//, '');
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

function imports(dist: string, file: string, pattern: RegExp): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dist, file, m[1] ?? ''));
}

/** A file and everything it imports statically, transitively. */
function closure(dist: string, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...imports(dist, file, STATIC_IMPORT));
  }
  return seen;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

export function benchSize(dist: string): SizeResult {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  const loaders = (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []);
  // The loader's import() runs at once on every page: its target is part of the start-up cost.
  const entries = loaders.flatMap((l) => imports(dist, l, DYNAMIC_IMPORT));
  const atStart = closure(dist, [...loaders, ...entries]);
  const files = [...atStart].map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, bytes: buf.length, gzip: gz(buf) };
  });

  const lazy = new Set<string>();
  for (const file of atStart) {
    const code = readFileSync(join(dist, file), 'utf8');
    const deps = MAP_DEPS.exec(code)?.[1];
    const listed = deps ? [...deps.matchAll(/["']([^"']+)["']/g)].map((m) => m[1] ?? '') : [];
    for (const f of [...imports(dist, file, DYNAMIC_IMPORT), ...listed]) {
      for (const g of closure(dist, [f])) if (!atStart.has(g) && g.endsWith('.js')) lazy.add(g);
    }
  }
  const lazyBufs = [...lazy].map((f) => readFileSync(join(dist, f)));

  const all = walk(dist);
  return {
    contentScript: {
      files,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      // Each file is fetched and decompressed on its own: the sum of per-file gzip sizes.
      gzip: files.reduce((s, f) => s + f.gzip, 0),
    },
    tagMenu: {
      files: [...lazy],
      bytes: lazyBufs.reduce((s, b) => s + b.length, 0),
      gzip: lazyBufs.reduce((s, b) => s + gz(b), 0),
    },
    extension: {
      files: all.length,
      bytes: all.reduce((s, f) => s + statSync(f).size, 0),
      gzip: all.reduce((s, f) => s + gz(readFileSync(f)), 0),
    },
  };
}
