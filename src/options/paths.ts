/**
 * Settings paths as the managed policy and the validator name them ("practice.phone",
 * "categories.urgent.templates[2].text"), and the small helpers the options page needs to read,
 * lock and show errors by path.
 */
import type { Settings } from '../core/settings/types.ts';

function segments(path: string): string[] {
  return path.replace(/\[(\d+)\]/gu, '.$1').split('.').filter((s) => s !== '');
}

/** The value at `path`, or undefined when any step is missing. */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of segments(path)) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets `path` in place; steps that are missing are not created (a lock on nothing is ignored). */
export function setPath(root: object, path: string, value: unknown): void {
  const keys = segments(path);
  const last = keys.pop();
  if (last === undefined) return;
  let node: unknown = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) (node as Record<string, unknown>)[last] = structuredClone(value);
}

// Locks cover their children ("practice" locks "practice.phone"); one rule, in core.
export { isLocked } from '../core/settings/managed.ts';

/**
 * The settings CalmReply would use if the draft were saved: the draft, with every locked path
 * taken from the managed (effective) settings, as loadSettings does after a save.
 */
export function withLocked(draft: Settings, effective: Settings, locked: ReadonlySet<string>): Settings {
  if (locked.size === 0) return draft;
  const out = structuredClone(draft);
  for (const path of locked) {
    const value = getPath(effective, path);
    if (value !== undefined) setPath(out, path, value);
  }
  return out;
}

/** True when `errorPath` is `field` itself or something inside it. */
export function isWithin(errorPath: string, field: string): boolean {
  return errorPath === field || errorPath.startsWith(`${field}.`) || errorPath.startsWith(`${field}[`);
}
