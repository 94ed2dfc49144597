// `npm run package`: store-ready zips for the Chrome Web Store and addons.mozilla.org.
//   artifacts/packages/calmreply-chrome-<version>.zip    (dist/chrome)
//   artifacts/packages/calmreply-firefox-<version>.zip   (dist/firefox, web-ext lint clean)
//   artifacts/packages/calmreply-source-<version>.zip    (git archive of HEAD, for AMO reviewers)
// Options: --skip-build (zip the dist/ already built), --out DIR, --no-source.
// Refuses to package source maps, TypeScript sources or anything from the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(option('--out') ?? path.join(ROOT, 'artifacts/packages'));
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
}

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

// What a store package must never contain: maps (they ship our sources and paths), sources,
// and test code or fixtures (the fixture runtime, saved Facebook pages).
const FORBIDDEN = [
  [/\.map$/, 'a source map'],
  [/\.(ts|tsx|mts|cts)$/, 'a TypeScript source'],
  [/(^|\/)(test|tests|__tests__|fixtures?|__fixture__|e2e)(\/|$)/, 'test code'],
  [/\.(test|spec|e2e)\.[cm]?js$/, 'a test'],
];

/** Problems that would stop a dist/ folder going to a store, one line each. */
function packagingProblems(dir) {
  const problems = [];
  for (const file of filesUnder(dir)) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`${file} is ${what}`);
    if (/\.(js|css|html)$/.test(file) && /[#@] sourceMappingURL=/.test(readFileSync(path.join(dir, file), 'utf8'))) {
      problems.push(`${file} points at a source map`);
    }
  }
  return problems;
}

function zipDir(target) {
  const dir = path.join(ROOT, 'dist', target);
  const problems = packagingProblems(dir);
  if (problems.length) throw new Error(`dist/${target} is not fit for a store:\n  ${problems.join('\n  ')}`);
  const filename = `calmreply-${target}-${version}.zip`;
  // web-ext build is a plain zipper here (both stores take a zip with manifest.json at the root).
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', OUT, '--filename', filename,
    '--overwrite-dest', '--no-config-discovery']);
  return path.join(OUT, filename);
}

function describeFile(file) {
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  return `${path.relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB  sha256 ${sha}`;
}

if (!args.includes('--skip-build')) run('node', ['scripts/build.mjs', 'chrome', 'firefox']);
mkdirSync(OUT, { recursive: true });
const made = [zipDir('chrome'), zipDir('firefox')];
// The Firefox package's contents are dist/firefox exactly; lint what went into it.
run('node', ['scripts/lint-firefox.mjs', path.join(ROOT, 'dist/firefox')]);

if (!args.includes('--no-source')) {
  // AMO asks for the sources of minified add-ons: the committed tree builds the same packages
  // with `npm ci && npm run build` (see README, "For extension reviewers").
  const source = path.join(OUT, `calmreply-source-${version}.zip`);
  rmSync(source, { force: true });
  try {
    execFileSync('git', ['archive', '--format=zip', `--prefix=calmreply-${version}/`, '-o', source, 'HEAD'], { cwd: ROOT, stdio: 'pipe' });
    made.push(source);
  } catch (error) {
    console.warn(`No source package: git archive failed (${String(error.stderr ?? error.message).trim()}).`);
  }
}
console.log(`\nPackages (version ${version}):\n  ${made.map(describeFile).join('\n  ')}`);
