/**
 * The options page: where a practice manager makes CalmReply speak in the practice's voice.
 * One page, a section per job, with a skip link and a section nav; everything by keyboard.
 */
import { useEffect } from 'preact/hooks';
import { ComplaintsNoteSection } from './ComplaintsNoteSection.tsx';
import { ImportExportSection } from './ImportExportSection.tsx';
import { MatchingSection } from './MatchingSection.tsx';
import { PracticeSection } from './PracticeSection.tsx';
import { ResetSection } from './ResetSection.tsx';
import { SaveBar } from './SaveBar.tsx';
import { StoreContext, type OptionsStore } from './store.ts';
import { TemplatesSection } from './TemplatesSection.tsx';

export const SECTIONS = [
  ['practice', 'Practice details'],
  ['templates', 'Replies by category'],
  ['matching', 'Matching rules'],
  ['complaints-note', 'Complaints note'],
  ['import-export', 'Import and export'],
  ['reset', 'Reset'],
] as const;

export interface OptionsPageProps {
  store: OptionsStore;
}

export function OptionsPage({ store }: OptionsPageProps) {
  useEffect(() => {
    // Closing the tab with unsaved edits asks first; the browser words the question.
    const guard = (e: BeforeUnloadEvent) => {
      if (!store.dirty.value) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [store]);

  const dirty = store.dirty.value;
  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}CalmReply options`;
  }, [dirty]);

  const locked = store.locked.value.size > 0;
  const problems = store.problems.value;
  return (
    <StoreContext.Provider value={store}>
      <a class="skip-link" href="#options-main">Skip to the settings</a>
      <div class="options-layout" data-testid="options">
        <header class="options-header">
          <h1>CalmReply options</h1>
          <p class="hint">Your practice's wording: what CalmReply says, and which comments it tags.</p>
        </header>
        <nav class="options-nav" aria-label="Options sections">
          <ul>
            {SECTIONS.map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}
          </ul>
        </nav>
        <main id="options-main" class="options-main" tabIndex={-1}>
          <SaveBar />
          {locked ? (
            <p class="notice" data-testid="managed-notice">
              <span aria-hidden="true">🔒 </span>Some settings are set by your practice's IT. They are shown locked below and cannot be changed here.
            </p>
          ) : null}
          {problems.length ? (
            <div class="notice warn" data-testid="load-problems">
              <p>Some stored settings could not be used and were put right:</p>
              <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
            </div>
          ) : null}
          <PracticeSection />
          <TemplatesSection />
          <MatchingSection />
          <ComplaintsNoteSection />
          <ImportExportSection />
          <ResetSection />
        </main>
      </div>
    </StoreContext.Provider>
  );
}
