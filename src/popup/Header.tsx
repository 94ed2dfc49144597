import { useStore } from './context.ts';
import { listOf, missingPracticeDetails } from './format.ts';

export function Header() {
  const store = useStore();
  const loaded = store.loaded.value;
  const practice = loaded?.settings.practice;
  const missing = practice ? missingPracticeDetails(practice) : [];
  return (
    <header class="popup-header" data-testid="popup-header">
      <h1>CalmReply</h1>
      {practice?.name.trim() ? <p class="practice-name" data-testid="practice-name">{practice.name}</p> : null}
      {practice && missing.length > 0 ? (
        <div class="notice warn" data-testid="details-missing">
          <p>
            <strong>Practice details not set.</strong> Add your {listOf(missing)} in Options so replies are complete.
          </p>
          <button type="button" onClick={store.openOptions}>Open Options</button>
        </div>
      ) : null}
      {loaded && loaded.problems.length > 0 ? (
        <p class="notice warn" data-testid="settings-problems">
          Some settings could not be read and were reset: {loaded.problems.join('; ')}
        </p>
      ) : null}
    </header>
  );
}
