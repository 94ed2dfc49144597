/**
 * The wording check from the command line.
 *
 *   npm run --silent check-wording -- FILE     FILE (or - for stdin) is JSON Lines, each with a
 *                                              "text" field; each line comes back, in order, with
 *                                              "warnings": [{"rule", "message"}] added.
 *   npm run --silent check-wording -- --defaults   checks every default template and the
 *                                              complaints note; exits 1 if any warns.
 *
 * stdout carries only JSON; problems go to stderr, and a line that cannot be read makes the exit
 * code 1 (the other lines are still checked).
 */
import { readFileSync } from 'node:fs';
import { defaultSettings } from '../src/core/settings/defaults.ts';
import { CATEGORY_IDS } from '../src/core/categories.ts';
import { checkWording, type WordingWarning } from '../src/core/wording/index.ts';

const USAGE = 'Usage: check-wording FILE | - | --defaults';

function brief(warnings: readonly WordingWarning[]): { rule: string; message: string }[] {
  return warnings.map(({ rule, message }) => ({ rule, message }));
}

function checkDefaults(): number {
  const settings = defaultSettings();
  const templates = [
    ...CATEGORY_IDS.flatMap((category) => settings.categories[category].templates.map((t) => ({ category, ...t }))),
    { category: 'complaintsNote', ...settings.complaintsNote },
  ];
  let warned = 0;
  for (const t of templates) {
    const warnings = brief(checkWording(t.text));
    process.stdout.write(`${JSON.stringify({ category: t.category, id: t.id, title: t.title, text: t.text, warnings })}\n`);
    for (const w of warnings) process.stderr.write(`${t.category}/${t.id}: [${w.rule}] ${w.message}\n`);
    if (warnings.length > 0) warned++;
  }
  process.stderr.write(
    warned === 0
      ? `All ${templates.length} default templates pass the wording check.\n`
      : `${warned} of ${templates.length} default templates have wording warnings.\n`,
  );
  return warned === 0 ? 0 : 1;
}

function checkLines(input: string, source: string): number {
  let failed = 0;
  const lines = input.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      failed++;
      process.stderr.write(`${source} line ${i + 1}: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof (record as { text?: unknown }).text !== 'string') {
      failed++;
      process.stderr.write(`${source} line ${i + 1}: expected a JSON object with a "text" string\n`);
      return;
    }
    const warnings = brief(checkWording((record as { text: string }).text));
    process.stdout.write(`${JSON.stringify({ ...record, warnings })}\n`);
  });
  return failed === 0 ? 0 : 1;
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (args.includes('--defaults')) return checkDefaults();
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return checkLines(input, file === '-' ? 'stdin' : file);
}

process.exitCode = main(process.argv.slice(2));
