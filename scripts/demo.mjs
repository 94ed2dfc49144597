// `npm run demo` on a fresh clone: dependencies first, then the demo itself (scripts/demo.ts).
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './lib/bootstrap.mjs';

ensureDependencies();
const result = spawnSync('node_modules/.bin/tsx', ['scripts/demo.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
