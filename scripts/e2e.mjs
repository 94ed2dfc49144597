// The e2e tier alone (assumes `npm run build` has been run): `npm run test:e2e [-- vitest args]`.
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from './lib/browsers.mjs';

const paths = ensureBrowsers(['chromium', 'firefox']);
const result = spawnSync('node_modules/.bin/vitest', ['run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: paths.chromium, FIREFOX_PATH: paths.firefox },
});
process.exit(result.status ?? 1);
