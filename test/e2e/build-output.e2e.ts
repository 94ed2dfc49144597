/**
 * The built extension and its store packages, checked after `npm run build` (no browser): least
 * privilege, the default MV3 content security policy, no network or remote code, no source maps,
 * sources or tests, and `npm run package` zips that web-ext lint passes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_HOSTS, ALLOWED_PERMISSIONS, manifestOf, manifestProblems, networkProblems, packagingProblems, readDir, type BuiltFile } from '../build/checks.ts';
import { readZip } from '../build/zip.ts';
import { ROOT } from './harness/fixtures.ts';

const TARGETS = ['chrome', 'firefox'] as const;
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe.each(TARGETS)('dist/%s', (target) => {
  const dir = path.join(ROOT, 'dist', target);
  let files: BuiltFile[];
  beforeAll(() => {
    expect(existsSync(path.join(dir, 'manifest.json')), `${dir} is not built: run npm run build`).toBe(true);
    files = readDir(dir);
  });

  it('asks for no permission or host beyond the allow-list', () => {
    const manifest = manifestOf(files);
    expect(manifestProblems(manifest, target, files)).toEqual([]);
    expect(manifest.permissions ?? []).toEqual([...ALLOWED_PERMISSIONS]);
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['optional_permissions']).toBeUndefined();
    expect(manifest['optional_host_permissions']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
    expect(new Set(manifest.content_scripts?.flatMap((c) => c.matches ?? []))).toEqual(new Set(ALLOWED_HOSTS));
  });

  it('keeps the default MV3 content security policy (no eval, no remote code)', () => {
    expect(manifestOf(files)['content_security_policy']).toBeUndefined();
  });

  it('has no network code, eval or remote code in its bundles', () => {
    expect(files.filter((f) => f.name.endsWith('.js')).length).toBeGreaterThan(3);
    expect(networkProblems(files)).toEqual([]);
  });

  it('has no source maps, TypeScript sources or tests', () => {
    expect(packagingProblems(files)).toEqual([]);
  });
});

describe('npm run package', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'calmreply-packages-'));
  let log = '';
  beforeAll(() => {
    // Zips the dist/ this run built (the packaging script builds first when run by hand).
    log = execFileSync('node', ['scripts/package.mjs', '--skip-build', '--no-source', '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(TARGETS)('makes a %s zip that is exactly dist/ and passes every check', (target) => {
    const zip = path.join(out, `calmreply-${target}-${version}.zip`);
    expect(log).toContain(path.basename(zip));
    const entries = readZip(zip);
    const dist = readDir(path.join(ROOT, 'dist', target));
    expect(entries.map((e) => e.name).sort()).toEqual(dist.map((f) => f.name).sort());
    for (const entry of entries) expect(entry.data.equals(dist.find((f) => f.name === entry.name)!.data), entry.name).toBe(true);
    expect(manifestOf(entries).version).toBe(version);
    expect(manifestProblems(manifestOf(entries), target, entries)).toEqual([]);
    expect(packagingProblems(entries)).toEqual([]);
    expect(networkProblems(entries)).toEqual([]);
  });

  it('makes a Firefox zip with 0 web-ext lint errors and 0 warnings of ours', () => {
    const unpacked = path.join(out, 'firefox-unpacked');
    for (const entry of readZip(path.join(out, `calmreply-firefox-${version}.zip`))) {
      const file = path.join(unpacked, entry.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, entry.data);
    }
    // Exits non-zero on any error or any warning but preact's own innerHTML (see the script).
    const report = execFileSync('node', ['scripts/lint-firefox.mjs', unpacked], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(report).toMatch(/: 0 errors, 0 warnings of ours/);
  }, 60_000);
});
