import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.ts';

/** Screenshots are kept as artefacts under the ignored artifacts/ folder. */
export function screenshotPath(browser: string, name: string): string {
  const dir = path.join(ROOT, 'artifacts/screenshots', browser);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}
