import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'calmreply-cli-'));

function run(args: string[], input?: string) {
  // node --import tsx rather than npx, so that npm's own warnings do not reach stderr.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('classify CLI', { timeout: 30_000 }, () => {
  test('one JSON object per input line, in order, with input fields, tags and reasons', () => {
    const path = file(
      'good.jsonl',
      ['{"id":"a","text":"cant get an appt, 40 mins on hold"}', '', '{"id":"b","text":"what time do you open?"}', '{"id":"c","text":"Thank you Dr Patel!","who":{"n":1}}'].join('\n'),
    );
    const { code, stdout, stderr } = run([path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0].tags).toEqual(['complaint', 'appointment']);
    expect(lines[0].reasons.complaint.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ tags: [], reasons: {} });
    expect(lines[2]).toMatchObject({ who: { n: 1 }, tags: ['praise'] });
  });

  test('reads stdin with -', () => {
    const { code, stdout } = run(['-'], '{"text":"crushing chest pain"}\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).tags).toEqual(['urgent']);
  });

  test('a bad line is named on stderr, exit is non-zero, stdout has only JSON', () => {
    const path = file('bad.jsonl', '{"text":"fine"}\n{"text": oops}\n{"id":3}\n');
    const { code, stdout, stderr } = run([path]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: has no "text" field/);
    for (const line of stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  test('--settings uses an exported settings file', () => {
    const settings = defaultSettings();
    settings.categories.complaint.enabled = false;
    settings.categories.results.extraPhrases = ['blue form'];
    const path = file('settings.json', JSON.stringify({ format: 'calmreply-settings', schemaVersion: settings.schemaVersion, settings }));
    const { code, stdout } = run(['-', '--settings', path], '{"text":"disgusting service, where is my blue form"}\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).tags).toEqual(['results']);
  });

  test('a broken settings file is refused with a clear message', () => {
    const path = file('broken.json', '{not json');
    const { code, stdout, stderr } = run(['-', '--settings', path], '{"text":"hi"}\n');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/settings file .*broken\.json/);
  });
});
