/** The built-output checks (test/build/checks.ts) catch what they are meant to catch. */
import { describe, expect, it } from 'vitest';
import { manifestProblems, networkProblems, packagingProblems, type BuiltFile } from '../../build/checks.ts';

const file = (name: string, text: string): BuiltFile => ({ name, data: Buffer.from(text) });

const good = {
  manifest_version: 3, name: 'CalmReply', version: '1.0.0', permissions: ['storage'],
  background: { service_worker: 'sw.js' },
  content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['cs.js'] }],
};
const files = [file('sw.js', ''), file('cs.js', '')];

describe('manifestProblems', () => {
  it('passes the allow-listed manifest', () => {
    expect(manifestProblems(good, 'chrome', files)).toEqual([]);
  });

  it.each([
    ['an extra permission', { permissions: ['storage', 'tabs'] }, /permission "tabs"/],
    ['host permissions', { host_permissions: ['<all_urls>'] }, /"host_permissions"/],
    ['a content security policy', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, /"content_security_policy"/],
    ['another site', { content_scripts: [{ matches: ['https://*/*'], js: ['cs.js'] }] }, /host "https:\/\/\*\/\*"/],
    ['a missing file', { background: { service_worker: 'gone.js' } }, /gone\.js/],
    ['externally_connectable', { externally_connectable: { matches: ['https://x.example/*'] } }, /externally_connectable/],
  ])('fails on %s', (_what, change, message) => {
    expect(manifestProblems({ ...good, ...change }, 'chrome', files).join('\n')).toMatch(message);
  });

  it('wants Firefox to declare that no data is collected', () => {
    expect(manifestProblems({ ...good, background: { scripts: ['sw.js'] } }, 'firefox', files).join('\n')).toMatch(/data_collection_permissions/);
  });
});

describe('networkProblems', () => {
  it.each([
    ['fetch', 'a.js', 'await fetch("x")'],
    ['XMLHttpRequest', 'a.js', 'new XMLHttpRequest()'],
    ['WebSocket', 'a.js', 'new WebSocket(u)'],
    ['sendBeacon', 'a.js', 'navigator.sendBeacon(u,d)'],
    ['eval', 'a.js', 'eval(code)'],
    ['new Function', 'a.js', 'new Function("return 1")'],
    ['a script element', 'a.js', 'document.createElement(`script`)'],
    ['a remote import', 'a.js', 'import("https://cdn.example/x.js")'],
    ['an address', 'a.js', 'const u = "https://analytics.example/collect"'],
    ['a remote script tag', 'a.html', '<script src="https://cdn.example/x.js"></script>'],
    ['a remote font', 'a.css', '@import url("https://fonts.example/x.css");'],
  ])('finds %s', (_what, name, text) => {
    expect(networkProblems([file(name, text)])).not.toEqual([]);
  });

  it('lets through the facebook.com addresses, XML namespaces and Vite\'s local preload code', () => {
    expect(networkProblems([
      file('a.js', 'const a="https://www.facebook.com/",b="http://www.w3.org/2000/svg";'),
      file('b.js', 'modulepreload;function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}let e=document.createElement(`link`).relList;'),
      file('c.html', '<script type="module" src="/assets/x.js"></script><link rel="stylesheet" href="/assets/x.css">'),
    ])).toEqual([]);
  });
});

describe('packagingProblems', () => {
  it.each([['x.js.map'], ['src/a.ts'], ['test/e2e/a.js'], ['__fixture__/runtime.js'], ['a.test.js']])('refuses %s', (name) => {
    expect(packagingProblems([file(name, '')])).not.toEqual([]);
  });

  it('refuses a bundle that points at a source map', () => {
    expect(packagingProblems([file('a.js', 'x()\n//# sourceMappingURL=a.js.map')])).not.toEqual([]);
  });
});
