import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import type { PopupBackend } from './backend.ts';
import { Popup } from './Popup.tsx';
import { createPopupStore } from './store.ts';

// Outside the extension (vite dev server) the browser API is missing: render the demo data.
const inExtension = Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
const backend: Promise<PopupBackend> = inExtension
  ? import('./extensionBackend.ts').then((m) => m.createExtensionBackend())
  : import('./mock.ts').then((m) => m.createMockBackend());

void backend.then((b) => render(<Popup store={createPopupStore(b)} />, document.getElementById('app')!));
