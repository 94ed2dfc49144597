import { CATEGORY_IDS } from '../categories.ts';
import type { ClassifierSettings } from '../settings/types.ts';
import { compilePhrases } from './compile.ts';

/**
 * Settings compiled for matching, cached per categories object. The options page replaces the
 * object, but callers may also edit it in place, so each use checks a cheap fingerprint (the
 * switches and the phrase arrays' identity and length) and recompiles when it changed.
 */
export interface CompiledSettings {
  enabled: boolean[];
  extra: (RegExp | null)[];
  ignore: (RegExp | null)[];
  fingerprint: unknown[];
}
const compiledCache = new WeakMap<object, CompiledSettings>();
const ALL_ON: CompiledSettings = { enabled: CATEGORY_IDS.map(() => true), extra: CATEGORY_IDS.map(() => null), ignore: CATEGORY_IDS.map(() => null), fingerprint: [] };

function fingerprintOf(categories: ClassifierSettings['categories']): unknown[] {
  const parts: unknown[] = [];
  for (const id of CATEGORY_IDS) {
    const c = categories[id];
    parts.push(c?.enabled, c?.extraPhrases, c?.extraPhrases?.length, c?.ignorePhrases, c?.ignorePhrases?.length);
  }
  return parts;
}

function sameFingerprint(a: unknown[], categories: ClassifierSettings['categories']): boolean {
  let k = 0;
  for (const id of CATEGORY_IDS) {
    const c = categories[id];
    if (a[k++] !== c?.enabled || a[k++] !== c?.extraPhrases || a[k++] !== c?.extraPhrases?.length) return false;
    if (a[k++] !== c?.ignorePhrases || a[k++] !== c?.ignorePhrases?.length) return false;
  }
  return true;
}

export function compileSettings(settings: ClassifierSettings | undefined): CompiledSettings {
  const categories = settings?.categories;
  if (!categories) return ALL_ON;
  let compiled = compiledCache.get(categories);
  if (!compiled || !sameFingerprint(compiled.fingerprint, categories)) {
    compiled = {
      fingerprint: fingerprintOf(categories),
      enabled: CATEGORY_IDS.map((id) => categories[id]?.enabled !== false),
      extra: CATEGORY_IDS.map((id) => compilePhrases(categories[id]?.extraPhrases ?? [])),
      ignore: CATEGORY_IDS.map((id) => compilePhrases(categories[id]?.ignorePhrases ?? [])),
    };
    compiledCache.set(categories, compiled);
  }
  return compiled;
}
