/**
 * `npm run --silent classify -- FILE` (FILE may be `-` for stdin) [--settings SETTINGS.json]
 *
 * JSON Lines in, one JSON object per input line out, in order: the input's fields plus
 * `"tags": [category ids]` and `"reasons": {id: [...]}`. Uses the extension's default settings,
 * or an exported settings file. Nothing but results goes to stdout; problems go to stderr and the
 * exit code is non-zero (bad input lines are all listed, and no results are written).
 * Blank lines are skipped.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../src/core/classifier/index.ts';
import { defaultSettings } from '../src/core/settings/defaults.ts';
import { parseSettingsFile } from '../src/core/settings/importExport.ts';
import type { ClassifierSettings } from '../src/core/settings/types.ts';

const USAGE = 'Usage: npm run --silent classify -- FILE|- [--settings SETTINGS.json]';
const MAX_LISTED_ERRORS = 20;

function fail(message: string, code = 2): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { input: string; settingsPath?: string } {
  let input: string | undefined;
  let settingsPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--settings') {
      settingsPath = argv[++i];
      if (!settingsPath) fail(`--settings needs a file name.\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg !== undefined && arg.startsWith('--')) {
      fail(`unknown option ${arg}.\n${USAGE}`);
    } else if (input === undefined) input = arg;
    else fail(`only one input file can be given.\n${USAGE}`);
  }
  if (input === undefined) fail(`no input file given.\n${USAGE}`);
  return settingsPath === undefined ? { input } : { input, settingsPath };
}

function loadSettings(path: string | undefined): ClassifierSettings {
  if (path === undefined) return defaultSettings();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read the settings file ${path}: ${(error as Error).message}`);
  }
  const result = parseSettingsFile(text);
  if (!result.ok) fail(`settings file ${path}: ${result.error}`);
  for (const warning of result.warnings) process.stderr.write(`classify: settings file ${path}: ${warning}\n`);
  return result.settings;
}

async function readInput(input: string): Promise<string> {
  if (input !== '-') {
    try {
      return readFileSync(input, 'utf8');
    } catch (error) {
      fail(`cannot read ${input}: ${(error as Error).message}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses one input line; returns the record or a message saying what is wrong with it. */
function parseLine(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (!('text' in record)) return 'has no "text" field';
  if (typeof record.text !== 'string') return 'its "text" field is not a string';
  return record;
}

async function main(): Promise<void> {
  const { input, settingsPath } = parseArgs(process.argv.slice(2));
  const settings = loadSettings(settingsPath);
  const lines = (await readInput(input)).replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const record = parseLine(line);
    if (typeof record === 'string') {
      errors.push(`line ${i + 1}: ${record}`);
      continue;
    }
    if (errors.length > 0) continue;
    const { tags } = classify(record.text as string, settings);
    const reasons: Record<string, string[]> = {};
    for (const tag of tags) reasons[tag.id] = tag.reasons;
    out.push(JSON.stringify({ ...record, tags: tags.map((t) => t.id), reasons }));
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_LISTED_ERRORS);
    const more = errors.length - shown.length;
    process.stderr.write(shown.map((e) => `classify: ${input === '-' ? 'stdin' : input} ${e}\n`).join(''));
    if (more > 0) process.stderr.write(`classify: … and ${more} more bad line${more === 1 ? '' : 's'}\n`);
    process.stderr.write('classify: no results written; each line must be a JSON object with a "text" string.\n');
    process.exitCode = 1;
    return;
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

await main();
