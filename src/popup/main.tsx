import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import type { PopupBackend } from './backend.ts';
import { Popup } from './Popup.tsx';
import { createPopupStore } from './store.ts';

// Outside the extension (vite dev server) the browser API is missing: render the demo data. The
// production build never ships the demo (import.meta.env.DEV is false there, so it is dropped).
const inExtension = Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
const backend: Promise<PopupBackend> = import.meta.env.DEV && !inExtension
  ? import('./mock.ts').then((m) => m.createMockBackend())
  : import('./extensionBackend.ts').then((m) => m.createExtensionBackend());

void backend.then((b) => render(<Popup store={createPopupStore(b)} />, document.getElementById('app')!));
