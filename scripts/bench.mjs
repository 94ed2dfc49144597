// `npm run bench`: runs scripts/bench/main.ts under tsx (the bench imports the TypeScript sources
// directly). See BENCHMARKS.md for what it measures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./bench/main.ts', import.meta.url));
const { status, error } = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
if (error) throw error;
process.exit(status ?? 1);
