/**
 * Export and import of all settings as one versioned JSON file, so a practice's staff can share
 * one wording. Import is strict where storage repair is forgiving: a file that is not JSON, not
 * CalmReply's, from a newer version, too large or with any invalid field is refused with a clear
 * message and nothing changes. Missing fields are filled from the defaults (a hand-written file
 * may give only the practice details), and said so in `warnings`.
 */
import { SCHEMA_VERSION } from './defaults.ts';
import type { SettingsError } from './errors.ts';
import { migrateSettings, versionOf } from './migrate.ts';
import type { Settings } from './types.ts';
import { isPlainObject, validateSettings } from './validate.ts';

export const SETTINGS_FILE_FORMAT = 'calmreply-settings';
/** Real files are a few tens of kilobytes; anything over this is not settings. */
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_LISTED = 5;

export type ParseSettingsResult = { ok: true; settings: Settings; warnings: string[] } | { ok: false; error: string };

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** UTF-8 size without encoding the whole text (it may be huge). */
function utf8Bytes(text: string, stopAfter: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Where JSON.parse gave up, from the engine's message (V8 and Firefox word it differently). */
function jsonErrorPlace(text: string, error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/iu.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/iu.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  if (/unexpected end/iu.test(message)) return 'the end of the file (it may be cut short)';
  return null;
}

function listProblems(errors: readonly SettingsError[]): string {
  const shown = errors.slice(0, MAX_LISTED).map((e) => e.detail);
  const more = errors.length - shown.length;
  return shown.join(' ') + (more > 0 ? ` And ${more} more problem${more === 1 ? '' : 's'}.` : '');
}

function refuse(error: string): ParseSettingsResult {
  return { ok: false, error: `${error} Nothing has been changed.` };
}

/** Reads an exported settings file (or a bare Settings object). Never throws. */
export function parseSettingsFile(text: string): ParseSettingsResult {
  if (typeof text !== 'string') return refuse('This file could not be read as text.');
  const bytes = utf8Bytes(text, MAX_IMPORT_BYTES);
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(`This file is too large to be CalmReply settings (more than ${MAX_IMPORT_BYTES / 1_000_000} MB).`);
  }
  if (text.trim() === '') return refuse('This file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const place = jsonErrorPlace(text, error);
    return refuse(`This file is not valid JSON${place ? ` (the problem is at ${place})` : ''}, so it cannot be CalmReply settings.`);
  }
  if (!isPlainObject(data)) return refuse('This is not a CalmReply settings file: it does not contain a settings object.');

  let body: unknown = data;
  if (Object.prototype.hasOwnProperty.call(data, 'format')) {
    if (data['format'] !== SETTINGS_FILE_FORMAT) {
      return refuse(`This is not a CalmReply settings file (its format is not "${SETTINGS_FILE_FORMAT}").`);
    }
    const fileVersion = data['schemaVersion'];
    if (typeof fileVersion === 'number' && fileVersion > SCHEMA_VERSION) return refuse(newerMessage(fileVersion));
    body = data['settings'];
    if (!isPlainObject(body)) return refuse('This CalmReply settings file has no settings in it.');
    // The wrapper's version speaks for settings written without their own.
    if (typeof fileVersion === 'number' && !Object.prototype.hasOwnProperty.call(body, 'schemaVersion')) {
      body = { ...body, schemaVersion: fileVersion };
    }
  } else if (!looksLikeSettings(data)) {
    return refuse('This is not a CalmReply settings file: none of its fields are CalmReply settings.');
  }

  const version = versionOf(body);
  if (Number.isNaN(version)) return refuse('This file\'s settings version ("schemaVersion") is not a whole number, so it cannot be read.');
  if (version > SCHEMA_VERSION) return refuse(newerMessage(version));

  const { value } = migrateSettings(body);
  const { settings, errors } = validateSettings(value);
  const problems = errors.filter((e) => e.kind !== 'missing');
  if (problems.length > 0) {
    return refuse(`These settings cannot be imported because some of them are not valid. ${listProblems(problems)}`);
  }
  const warnings = errors.map((e) => e.message);
  if (version < SCHEMA_VERSION) {
    warnings.unshift(`This file was made by an older version of CalmReply (settings version ${version}); it has been updated.`);
  }
  return { ok: true, settings, warnings };
}

function newerMessage(version: number): string {
  return (
    `This file was made by a newer version of CalmReply (settings version ${version}; this one reads up to ` +
    `${SCHEMA_VERSION}). Please update CalmReply, then import it again.`
  );
}

function looksLikeSettings(data: Record<string, unknown>): boolean {
  return ['schemaVersion', 'practice', 'categories', 'complaintsNote', 'practiceName', 'practicePhone', 'templates'].some((key) =>
    Object.prototype.hasOwnProperty.call(data, key),
  );
}
