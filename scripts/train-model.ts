/** `npm run train`: retrains the models read beside the rules; run it after changing the rules or the tuning sets. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { trainedFiles } from './lib/train.ts';

for (const [path, contents] of trainedFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
  console.log(`Wrote ${path}`);
}
