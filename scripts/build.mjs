// Builds dist/chrome and dist/firefox from the one manifest (see manifest.config.ts).
// Usage: node scripts/build.mjs [chrome|firefox]…   (default: both)
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  if (!['chrome', 'firefox'].includes(target)) throw new Error(`Unknown target “${target}” (chrome or firefox)`);
  process.env.CALMREPLY_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
