import { Open, parse, type Node } from './regexSyntax.ts';

/**
 * Which characters can begin a match of a regular-expression source. The word filter files the
 * rules whose first word it cannot list under these (see wordFilter.ts). Conservative: when
 * unsure it answers "any character" (null), which only costs speed, never a missed phrase. Read
 * from the same syntax tree as the rules' first words (regexSyntax.ts).
 */
interface Info {
  set: Set<number> | null; // null: any character
  nullable: boolean; // can match the empty string
}

/** Splits a pattern at its top-level '|' (not inside groups or character classes). */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

export function firstChars(source: string): Set<number> | null {
  let tree: Node;
  try {
    tree = parse(source);
  } catch (e) {
    if (e instanceof Open) return null;
    throw e;
  }
  const info = firstOf(tree);
  return info.nullable ? null : info.set;
}

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

function firstOf(node: Node): Info {
  switch (node.k) {
    case 'chars':
      return { set: node.chars === null ? null : new Set(node.chars.map((c) => c.charCodeAt(0))), nullable: false };
    case 'zero':
      return { set: new Set(), nullable: true };
    case 'rep': {
      const inner = firstOf(node.node);
      return { set: inner.set, nullable: inner.nullable || node.min === 0 };
    }
    case 'alt':
      return node.alts.map(firstOf).reduce((a, b) => ({ set: union(a.set, b.set), nullable: a.nullable || b.nullable }));
    case 'seq': {
      let set: Set<number> | null = new Set();
      for (const item of node.items) {
        const info = firstOf(item);
        set = union(set, info.set);
        if (!info.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
  }
}
