/** Paths of the requested browsers, installing missing ones when that is possible. */
export function ensureBrowsers<N extends 'chromium' | 'firefox'>(names?: N[]): Record<N, string>;
