/**
 * The one import of webextension-polyfill in the codebase. Its bundle throws when loaded outside
 * an extension, so Node tests replace this module (vi.mock) with the in-memory double in memory.ts.
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export { browser };
