import { useEffect } from 'preact/hooks';
import { CommentDetail } from './CommentDetail.tsx';
import { CommentList } from './CommentList.tsx';
import { StoreContext, useStore } from './context.ts';
import { Header } from './Header.tsx';
import { NoComments, NoTab, NotFacebook } from './States.tsx';
import type { PopupStore } from './store.ts';

export interface PopupProps {
  store: PopupStore;
}

export function Popup({ store }: PopupProps) {
  useEffect(() => {
    const controller = new AbortController();
    store.start(controller.signal).catch((error: unknown) => {
      store.say(`CalmReply could not start: ${error instanceof Error ? error.message : String(error)}`, 'error');
    });
    return () => controller.abort();
  }, [store]);
  return (
    <StoreContext.Provider value={store}>
      <main data-testid="popup" data-phase={store.phase.value}>
        <Header />
        {/* Above the list and the replies, so the outcome of an action is seen without scrolling. */}
        <StatusLine />
        <Body />
        <footer class="popup-footer">
          <button type="button" class="link-button" data-testid="open-complaints" onClick={store.openComplaints}>Complaints log</button>
          <button type="button" class="link-button" data-testid="open-options" onClick={store.openOptions}>Options</button>
        </footer>
      </main>
    </StoreContext.Provider>
  );
}

function Body() {
  const store = useStore();
  switch (store.phase.value) {
    case 'loading':
      return <p class="muted" data-testid="loading">Reading the comments…</p>;
    case 'no-tab':
      return <NoTab />;
    case 'not-facebook':
      return <NotFacebook />;
    case 'no-comments':
      return <NoComments />;
    case 'ready': {
      const selected = store.selected.value;
      return selected ? <CommentDetail comment={selected} /> : <CommentList />;
    }
  }
}

/** Outcomes of actions, read out by screen readers (polite: it never interrupts). */
function StatusLine() {
  const message = useStore().message.value;
  return (
    <p role="status" aria-live="polite" class={`status ${message ? `notice ${message.tone}` : ''}`} data-testid="status-message" data-seq={message?.seq ?? 0}>
      {message?.text ?? ''}
    </p>
  );
}
