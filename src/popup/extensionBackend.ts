/** The popup's backend inside the extension: the tab's content script, storage and settings. */
import { clearHandled, markHandled, moveToComplaints, tabInserter } from '../actions/index.ts';
import { handleMessages, sendToTab } from '../platform/messages.ts';
import { handledStates } from '../platform/records.ts';
import { activeTabId, copyText, openExtensionPage, openOptions } from '../platform/runtime.ts';
import { loadSettings, onSettingsChanged } from '../platform/settings-store.ts';
import type { PopupBackend } from './backend.ts';

export function createExtensionBackend(search: string = globalThis.location?.search ?? ''): PopupBackend {
  return {
    tabId: activeTabId,
    tabState: (tabId) => sendToTab(tabId, 'tab:get-state', {}),
    async settings() {
      const { settings, problems } = await loadSettings();
      return { settings, problems };
    },
    inserter: tabInserter,
    async showComment(tabId, commentId) {
      await sendToTab(tabId, 'tab:show-comment', { commentId }).catch(() => false);
    },
    copy: copyText,
    markHandled: (comment, kind, settings) => markHandled(comment, kind, settings),
    clearHandled,
    moveToComplaints,
    openOptions,
    openComplaints: () => openExtensionPage('complaints'),
    subscribe(subs, signal) {
      handleMessages({ 'popup:state-changed': () => subs.tabChanged() }, signal);
      onSettingsChanged(({ settings, problems }) => subs.settingsChanged({ settings, problems }), signal);
      handledStates.onChanged(subs.handledChanged, signal);
    },
    initialCommentId: () => new URLSearchParams(search).get('comment'),
  };
}
