/**
 * Checks of the BUILT extension (a dist/ folder or a store zip, as a list of files): least
 * privilege in the manifest, the default MV3 content security policy, no network or
 * remote/dynamic code in the bundles, no source maps, sources or tests. Each returns problems,
 * one line each; an empty list is a pass. Run by test/e2e/build-output.e2e.ts after the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuiltFile {
  name: string;
  data: Buffer;
}

export const ALLOWED_PERMISSIONS: readonly string[] = ['storage'];
export const ALLOWED_HOSTS: readonly string[] = ['https://www.facebook.com/*', 'https://web.facebook.com/*'];

/** Manifest keys CalmReply uses. Anything else (host_permissions, CSP, externally_connectable…) fails. */
const ALLOWED_KEYS = new Set([
  'manifest_version', 'name', 'version', 'description', 'icons', 'action', 'options_ui', 'background',
  'content_scripts', 'permissions', 'web_accessible_resources', 'browser_specific_settings',
  // Only as { managed_schema }: the policy schema for the practice IT's managed settings.
  'storage',
]);

export function readDir(dir: string): BuiltFile[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dir).map((full) => ({ name: path.relative(dir, full).split(path.sep).join('/'), data: readFileSync(full) }));
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<{ matches?: string[]; resources?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  storage?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
};

export function manifestOf(files: readonly BuiltFile[]): Manifest {
  const file = files.find((f) => f.name === 'manifest.json');
  if (!file) throw new Error('no manifest.json at the root');
  return JSON.parse(file.data.toString('utf8')) as Manifest;
}

export function manifestProblems(manifest: Manifest, target: 'chrome' | 'firefox', files: readonly BuiltFile[]): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${String(manifest.manifest_version)}, not 3`);
  for (const key of Object.keys(manifest)) if (!ALLOWED_KEYS.has(key)) problems.push(`manifest key "${key}" is not allow-listed`);
  for (const key of Object.keys(manifest.storage ?? {})) if (key !== 'managed_schema') problems.push(`manifest storage.${key} is not allow-listed`);
  for (const p of manifest.permissions ?? []) if (!ALLOWED_PERMISSIONS.includes(p)) problems.push(`permission "${p}" is not allow-listed`);
  const hosts = [
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.matches ?? []),
  ];
  for (const h of hosts) if (!ALLOWED_HOSTS.includes(h)) problems.push(`host "${h}" is not allow-listed`);
  // Every file the manifest names must be in the package, and be ours (no remote scripts).
  const named = [
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []),
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(typeof manifest.storage?.managed_schema === 'string' ? [manifest.storage.managed_schema] : []),
  ];
  for (const n of named) if (!files.some((f) => f.name === n)) problems.push(`manifest names "${n}", which is not in the package`);
  if (target === 'chrome' && (!manifest.background?.service_worker || manifest.background.scripts)) {
    problems.push('Chrome background is not a service worker');
  }
  if (target === 'firefox') {
    const consent = manifest.browser_specific_settings?.gecko?.data_collection_permissions;
    if (JSON.stringify(consent?.required) !== '["none"]' || (consent?.optional ?? []).length) {
      problems.push(`Firefox data_collection_permissions is ${JSON.stringify(consent)}, not {"required":["none"]}`);
    }
  }
  return problems;
}

export function packagingProblems(files: readonly BuiltFile[]): string[] {
  const problems: string[] = [];
  for (const { name, data } of files) {
    if (name.endsWith('.map')) problems.push(`${name} is a source map`);
    if (/\.(ts|tsx|mts|cts)$/.test(name)) problems.push(`${name} is a TypeScript source`);
    if (/(^|\/)(test|tests|__tests__|fixtures?|__fixture__|e2e|corpus)(\/|$)|\.(test|spec|e2e)\./.test(name)) problems.push(`${name} is test code`);
    if (/\.(js|css|html)$/.test(name) && /[#@] sourceMappingURL=/.test(data.toString('utf8'))) problems.push(`${name} points at a source map`);
  }
  return problems;
}

/**
 * Vite's modulepreload polyfill (it fetches the page's own `<link rel=modulepreload>` files, and
 * returns before doing even that in every browser CalmReply supports). It is the one fetch in the
 * bundles and reads only extension files; anything else that reaches the network fails below.
 */
const VITE_PRELOAD_POLYFILL = /if\(\w+\.ep\)return;\w+\.ep=!0;(?:let|var|const) \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/g;
/**
 * Vite's preload helper and polyfill make `<link rel=modulepreload|stylesheet>` for the extension's own chunks
 * (with build.modulePreload off, the content script passes it no files, so it adds nothing to Facebook's page).
 */
const VITE_PRELOAD_LINK = /document\.createElement\(`link`\)(?=\.relList|;if\(\w+\.rel=\w+\?`stylesheet`:(?:`modulepreload`|\w+),)/g;

const NETWORK_CODE: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\w$])fetch\s*\(/, 'fetch()'],
  [/XMLHttpRequest/, 'XMLHttpRequest'],
  [/(?<![\w$])WebSocket(?![\w$])/, 'WebSocket'],
  [/EventSource/, 'EventSource'],
  [/sendBeacon/, 'navigator.sendBeacon'],
  [/WebTransport|RTCPeerConnection|RTCDataChannel/, 'a peer or transport connection'],
  [/importScripts/, 'importScripts'],
  [/new\s+(Shared)?Worker\s*\(/, 'a worker'],
  [/createElement\(\s*["'`](script|iframe|img|link)["'`]/, 'a created script, frame, image or link element'],
  [/(?<![\w$.])eval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/set(Timeout|Interval)\(\s*["'`]/, 'code in a timer string'],
  [/import\(\s*["'`](https?:)?\/\//, 'a remote import()'],
];

// URLs that appear as text, never fetched: the sites the content script runs on, XML namespaces.
const ALLOWED_URL = /^(https:\/\/(www|web)\.facebook\.com\/|http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$)/;
const URL_LITERAL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g;

export function networkProblems(files: readonly BuiltFile[]): string[] {
  const problems: string[] = [];
  for (const { name, data } of files) {
    if (!/\.(js|mjs|html|css|json)$/.test(name)) continue;
    let text = data.toString('utf8');
    if (name.endsWith('.js') && text.includes('modulepreload')) text = text.replace(VITE_PRELOAD_POLYFILL, '').replace(VITE_PRELOAD_LINK, '');
    if (name.endsWith('.js')) {
      for (const [pattern, what] of NETWORK_CODE) if (pattern.test(text)) problems.push(`${name} uses ${what}`);
    }
    for (const url of text.match(URL_LITERAL) ?? []) if (!ALLOWED_URL.test(url)) problems.push(`${name} contains the address ${url}`);
    if (name.endsWith('.html')) {
      for (const m of text.matchAll(/\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/g)) {
        if (!/^\/?(assets|src|icons)\//.test(m[1]!)) problems.push(`${name} loads ${m[1]} (not a file of the extension)`);
      }
    }
    if (name.endsWith('.css') && /@import|url\(\s*["']?(https?:)?\/\//.test(text)) problems.push(`${name} loads a remote style or font`);
  }
  return problems;
}
