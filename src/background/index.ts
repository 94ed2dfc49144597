/**
 * The background (Chrome: service worker; Firefox: event page). Stateless on purpose: it may be
 * stopped at any time, so everything it needs arrives in the message or lives in storage (the
 * tagger's compiled settings are only a cache, rebuilt on the next batch).
 */
import { handleMessages } from '../platform/messages.ts';
import { onFirstInstall, openExtensionPage, openOptions, setBadge } from '../platform/runtime.ts';
import { loadSettings } from '../platform/settings-store.ts';
import { classifyBatch, useSettingsForTagging, watchSettingsForTagging } from './classify.ts';

const forever = new AbortController().signal;
watchSettingsForTagging(forever);

// Listeners must be registered synchronously at start-up for the worker to be woken by them.
handleMessages({
  'bg:classify': ({ texts }) => classifyBatch(texts),
  'bg:set-badge': async ({ count }, sender) => {
    if (sender.tabId !== undefined) await setBadge(sender.tabId, count);
  },
  'bg:get-settings': async () => {
    const loaded = await loadSettings();
    useSettingsForTagging(loaded.settings);
    return { settings: loaded.settings, locked: [...loaded.locked], problems: loaded.problems };
  },
  'bg:open-page': async ({ page, query }, sender) => {
    if (page === 'options' && !query) return openOptions();
    // The in-page menu opens the popup as a page for its own tab.
    const forTab = page === 'popup' && sender.tabId !== undefined ? `tabId=${sender.tabId}` : '';
    await openExtensionPage(page, [forTab, query ?? ''].filter(Boolean).join('&'));
  },
}, forever);

// A new installation starts on the options page: nothing sensible can be inserted until the
// practice's details are filled in.
onFirstInstall(() => void openOptions());
