import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'scripts/check-wording.ts', ...args], {
    cwd: join(import.meta.dirname, '../../..'),
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('check-wording CLI', { timeout: 30_000 }, () => {
  it('adds warnings to each JSON line from stdin, keeping other fields and the order', () => {
    const input = [
      { id: 'a', text: 'Your results were normal!!' },
      { id: 'b', text: 'Thank you, {firstName}. {signature}' },
      { id: 'c', text: 'Hello {nickname}' },
    ].map((o) => JSON.stringify(o)).join('\n') + '\n';
    const { status, stdout } = run(['-'], input);
    expect(status).toBe(0);
    const out = parseLines(stdout);
    expect(out.map((o) => o['id'])).toEqual(['a', 'b', 'c']);
    expect((out[0]?.['warnings'] as { rule: string }[]).map((w) => w.rule)).toEqual(['confidentiality', 'shouting']);
    expect(out[1]?.['warnings']).toEqual([]);
    expect(out[1]?.['text']).toBe('Thank you, {firstName}. {signature}');
    const [w] = out[2]?.['warnings'] as { rule: string; message: string }[];
    expect(Object.keys(w ?? {})).toEqual(['rule', 'message']);
    expect(w?.rule).toBe('placeholder');
  });

  it('reads a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calmreply-wording-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'Calm down.' })}\n`);
    const { status, stdout } = run([file]);
    expect(status).toBe(0);
    expect((parseLines(stdout)[0]?.['warnings'] as { rule: string }[])[0]?.rule).toBe('argumentative');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const { status, stdout } = run(['-'], '\uFEFF{"text":"Fine."}\r\n{"text":"Calm down."}\r\n');
    expect(status).toBe(0);
    expect(parseLines(stdout).map((o) => (o['warnings'] as unknown[]).length)).toEqual([0, 1]);
  });

  it('names a bad line on stderr, keeps stdout JSON and exits non-zero', () => {
    const { status, stdout, stderr } = run(['-'], `{"text":"Fine."}\nnot json\n{"nope":1}\n`);
    expect(status).not.toBe(0);
    expect(parseLines(stdout)).toEqual([{ text: 'Fine.', warnings: [] }]);
    expect(stderr).toContain('line 2');
    expect(stderr).toContain('line 3');
  });

  it('--defaults passes on the default templates', () => {
    const { status, stdout, stderr } = run(['--defaults']);
    expect(stderr).toMatch(/default templates pass/u);
    expect(status).toBe(0);
    const out = parseLines(stdout);
    expect(out.length).toBeGreaterThan(8);
    expect(out.every((o) => Array.isArray(o['warnings']) && (o['warnings'] as unknown[]).length === 0)).toBe(true);
  });

  it('explains its usage when given nothing', () => {
    const { status, stderr } = run([]);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage');
  });
});
