/**
 * The content script on facebook.com: tags comments in place, answers the popup, keeps the
 * badge current. Nothing it reads leaves the page except to this extension's own popup.
 */
import { diagnose } from '../facebook/index.ts';
import { handleMessages, sendToExtension } from '../platform/messages.ts';
import type { Diagnostics, TabState } from '../platform/message-types.ts';
import { handledStates } from '../platform/handled-store.ts';
import { extensionAlive, extensionVersion } from '../platform/runtime.ts';
import { insertReplyInto } from './insert-reply.ts';
import { PageTagger } from './page-tagger.ts';
import { fetchSettings, onSettingsChanged } from './settings.ts';

// The in-page menu (templates, complaints log) loads on the first click of a tag: most visits
// never open it, and it keeps the content script that runs on every Facebook page small.
const loadMenu = () => import('./tag-menu.ts');
let menuLoaded: Awaited<ReturnType<typeof loadMenu>> | null = null;

const MAX_ERRORS = 20;

async function main(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const errors: string[] = [];
  const noteError = (error: unknown) => {
    if (errors.length < MAX_ERRORS) errors.push(String(error instanceof Error ? error.message : error).slice(0, 200));
  };

  let settings = await fetchSettings();
  let lastBadge = -1;

  // After an update or reload of CalmReply this script is orphaned: every API call would throw.
  // Stop cleanly and take our tags off the page instead of raising an error storm.
  const stopIfOrphaned = (): boolean => {
    if (extensionAlive()) return false;
    if (!signal.aborted) controller.abort();
    return true;
  };
  const orphanCheck = setInterval(stopIfOrphaned, 2_000);
  signal.addEventListener('abort', () => {
    clearInterval(orphanCheck);
    menuLoaded?.closeMenu();
  }, { once: true });

  const tagger: PageTagger = new PageTagger({
    classify: async (texts) => (await sendToExtension('bg:classify', { texts })).tags,
    signal,
    loadHandled: (ids) => handledStates.getMany(ids),
    onError: noteError,
    onChange: () => {
      if (stopIfOrphaned()) return;
      const count = tagger.registry.badgeCount();
      if (count !== lastBadge) {
        lastBadge = count;
        sendToExtension('bg:set-badge', { count }).catch(noteError);
      }
      // Nobody may be listening (popup closed): that is not an error.
      sendToExtension('popup:state-changed', {}).catch(() => undefined);
    },
    onPillActivate: async (pill, commentId) => {
      const comment = tagger.registry.toTabComments().find((c) => c.id === commentId);
      if (!comment || stopIfOrphaned()) return;
      menuLoaded ??= await loadMenu();
      menuLoaded.openMenu(pill, {
        comment,
        settings,
        insert: (text) => insertReplyInto(tagger.elementOf(commentId), text),
        openPage: (page) => void sendToExtension('bg:open-page', { page }).catch(noteError),
      });
    },
  });

  const diagnostics = (): Diagnostics => {
    const found = diagnose(document);
    return {
      version: extensionVersion(),
      surface: found.surface,
      path: found.url,
      lang: found.lang,
      articles: found.articles,
      identified: found.identified,
      tagged: tagger.registry.live().filter((e) => e.tags.length > 0).length,
      errors: [...errors],
      markers: found.markers,
      orphaned: signal.aborted,
    };
  };

  handleMessages({
    'tab:get-state': (): TabState => ({ comments: tagger.registry.toTabComments(), diagnostics: diagnostics() }),
    'tab:insert-reply': ({ commentId, text }) => insertReplyInto(tagger.elementOf(commentId), text),
    'tab:show-comment': ({ commentId }) => {
      const element = tagger.elementOf(commentId);
      if (!element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const pill = tagger.registry.entries.get(commentId)?.pill;
      pill?.button.focus({ preventScroll: true });
      return true;
    },
  }, signal);

  onSettingsChanged((next) => {
    settings = next;
    tagger.settingsChanged();
  }, noteError, signal);
  handledStates.onChanged((changes) => tagger.setHandled(changes), signal);
  tagger.start();
}

main().catch((error: unknown) => {
  // Never let an exception escape into Facebook's page; leave a trace for whoever debugs it.
  console.warn('CalmReply could not start on this page:', error);
});
