/** `npm run train`: retrains the models read beside the rules; run it after changing the rules or the tuning sets. */
import { writeFileSync } from 'node:fs';
import { TRAINED_PATH, trainedFile } from './lib/train.ts';

writeFileSync(TRAINED_PATH, trainedFile());
console.log(`Wrote ${TRAINED_PATH}`);
