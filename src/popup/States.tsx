import { useStore } from './context.ts';

export function NotFacebook() {
  return (
    <div class="notice" data-testid="not-facebook">
      <p><strong>No Facebook comments in this tab.</strong></p>
      <p>Open your practice’s Facebook post in this tab. If it is already open, reload the tab.</p>
    </div>
  );
}

export function NoTab() {
  return <p class="notice" data-testid="no-tab">CalmReply could not tell which tab this is. Close this and open it again from the toolbar.</p>;
}

export function NoComments() {
  const store = useStore();
  const orphaned = store.diagnostics.value?.orphaned ?? false;
  return (
    <div class="notice warn" data-testid="no-comments">
      <p><strong>No comments found on this page.</strong></p>
      <p>
        {orphaned
          ? 'CalmReply was updated or restarted since this tab was opened. Reload the tab, then open CalmReply again.'
          : 'If you can see comments on the post, open them (for example “View more comments”) and try again. If they still are not found, copy the diagnostic report and send it to whoever looks after CalmReply. It has no comment text or names in it.'}
      </p>
      <div class="actions">
        <button type="button" data-testid="copy-diagnostics" onClick={store.copyDiagnostics}>Copy diagnostic report</button>
        <button type="button" onClick={() => void store.refresh()}>Look again</button>
      </div>
    </div>
  );
}
