// web-ext lint on dist/firefox: fails on any error, and on any warning except preact's own
// innerHTML in its renderer (kept in the vendor-preact chunk so it can be told apart by file).
import { execFileSync } from 'node:child_process';

const ALLOWED = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/vendor-preact-[\w-]+\.js$/ }];
const dir = process.argv[2] ?? 'dist/firefox';

let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  out = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(out);
const ours = report.warnings.filter((w) => !ALLOWED.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
for (const item of [...report.errors, ...ours]) console.error(`${item.code}: ${item.message} (${item.file ?? ''}${item.line ? `:${item.line}` : ''})`);
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${ours.length} warnings of ours, ` +
  `${report.warnings.length - ours.length} allowed (preact)`);
process.exit(report.errors.length || ours.length ? 1 : 0);
