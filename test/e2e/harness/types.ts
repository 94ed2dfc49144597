/** The small surface both browser drivers offer, so every scenario runs in both browsers. */
export type BrowserName = 'chromium' | 'firefox';

export interface UiPage {
  /** Runs fn in the page (for Facebook pages: the page's main world, not the content script). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until fn returns truthy in the page; throws with `what` on time-out. */
  waitFor<A = undefined>(what: string, fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real click on the element; `inside` reaches into the host's open shadow root. */
  click(selector: string, inside?: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  scrollBy(pixels: number): Promise<void>;
  reload(): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** Uncaught exceptions thrown in the page since it opened (asserted empty by tests). */
  readonly pageErrors: string[];
  /**
   * Chromium, Facebook pages, with launch option watchContentScript: what the extension's
   * content-script world reported (uncaught exceptions, console errors and warnings).
   */
  readonly contentScript?: {
    errors: string[];
    seen(): boolean;
    /** Throws an error in that world, later, as a bug would (a control for tests). */
    throwCanary(message: string): Promise<void>;
  };
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** Opens a fixture file at a facebook.com URL and waits for the fixture runtime to be ready. */
  openFacebook(fixture: string, url?: string, options?: { waitForRuntime?: boolean }): Promise<UiPage>;
  /** Opens one of the extension's pages (path like 'src/popup/index.html?tabId=3') in a tab. */
  openExtensionPage(pathAndQuery: string): Promise<UiPage>;
  /** The browser's id for the tab showing the given page (for the popup's ?tabId=). */
  tabIdOf(page: UiPage): Promise<number>;
  /** Runs fn in an extension context, where `browser`/`chrome` is available. */
  evalInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Makes the extension's background (Chrome: service worker; Firefox: event page) request `url`
   * with fetch, ignoring the outcome: a canary for the network recorder.
   */
  backgroundFetch?(url: string): Promise<void>;
  /**
   * Chromium (launched with developerMode): reloads the extension with chrome.runtime.reload(),
   * as an update does, and waits until its pages open again. Open Facebook tabs keep their old,
   * now orphaned, content scripts.
   */
  reloadExtension?(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Records every request of the session (see network.ts); Firefox also gets a sink proxy. */
  network?: import('./network.ts').NetworkLog;
  /**
   * A browser profile kept after close: launching again with the same folder is a browser
   * restart (the caller removes the folder). Default: a fresh profile, removed on close.
   */
  profileDir?: string;
  /**
   * Chromium: developer mode on in the profile. Without it Chrome disables an unpacked extension
   * that reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
   */
  developerMode?: boolean;
  /** Chromium: record the content script's own exceptions and console errors (UiPage.contentScript). */
  watchContentScript?: boolean;
}

export const DEFAULT_URL = 'https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1';

/**
 * The extension API as seen from code evaluated in an extension page (both browsers expose a
 * promise-returning `chrome` in MV3). Only what the tests use is typed.
 */
export interface ExtensionApi {
  tabs: {
    query(q: Record<string, unknown>): Promise<Array<{ id?: number; url?: string; title?: string }>>;
    create(p: { url: string; active?: boolean }): Promise<{ id?: number }>;
    reload(tabId: number): Promise<void>;
  };
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
  runtime: { getURL(path: string): string; reload(): void };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** Use inside evaluated functions: `const api = (globalThis as unknown as ExtGlobal).chrome`. */
export interface ExtGlobal {
  chrome: ExtensionApi;
}
