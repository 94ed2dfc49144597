// `npm test`: every check, in the order that fails fastest — types, lint, unit + DOM tests, the
// production build, web-ext lint on the Firefox build, then the e2e tier in real Chromium and
// Firefox. Ends with one plain line "Tests: N passed, N failed" over all vitest tiers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';

const startedAt = Date.now();
import { ensureDependencies } from './lib/bootstrap.mjs';
import { ensureBrowsers } from './lib/browsers.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('artifacts', { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
function addCounts(file) {
  if (!existsSync(file)) return;
  // A report left by an earlier run must not be counted for this one.
  if (statSync(file).mtimeMs < startedAt) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}

function step(title, command, args, env = {}, report = null) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (report) addCounts(report);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (${seconds} s)`);
    summary();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function summary() {
  console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

ensureDependencies();
const paths = ensureBrowsers(['chromium', 'firefox']);

step('Type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('Lint', bin('eslint'), ['--max-warnings=0', '.']);
step('Unit and DOM tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=artifacts/vitest-unit.json'],
  {}, 'artifacts/vitest-unit.json');
if (existsSync('scripts/check-wording.ts')) step('Default reply wording check', bin('tsx'), ['scripts/check-wording.ts', '--defaults']);
step('Build (dist/chrome, dist/firefox)', 'node', ['scripts/build.mjs']);
step('web-ext lint (dist/firefox)', 'node', ['scripts/lint-firefox.mjs']);
step('End-to-end tests in Chromium and Firefox', bin('vitest'),
  ['run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile=artifacts/vitest-e2e.json'],
  { CHROMIUM_PATH: paths.chromium, FIREFOX_PATH: paths.firefox }, 'artifacts/vitest-e2e.json');
if (counts.skipped > 0) console.warn(`Note: ${counts.skipped} tests were skipped.`);
summary();
