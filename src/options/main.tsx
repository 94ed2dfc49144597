import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store.ts';
import { OptionsPage } from './OptionsPage.tsx';
import { createOptionsStore } from './store.ts';

async function start(app: HTMLElement): Promise<void> {
  try {
    const store = createOptionsStore(await loadSettings(), { saveSettings });
    // Another options tab, or a policy update, changes what is in effect: follow it.
    onSettingsChanged((loaded) => store.reload(loaded), new AbortController().signal);
    render(<OptionsPage store={store} />, app);
  } catch (error) {
    render(
      <main data-testid="options">
        <h1>CalmReply options</h1>
        <p class="notice error" role="alert">The settings could not be loaded: {error instanceof Error ? error.message : String(error)}</p>
      </main>,
      app,
    );
  }
}

void start(document.getElementById('app')!);
