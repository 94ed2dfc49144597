/**
 * The production build, made for the bench into a folder of its own: dist/ is shared with the
 * e2e runs of everyone working in this tree, and a rebuild there mid-run would swap the
 * extension under the browser.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from './corpus.ts';

export async function buildChrome(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'calmreply-bench-dist-'));
  process.env.CALMREPLY_TARGET = 'chrome';
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.chdir(cwd);
  }
  return outDir;
}
