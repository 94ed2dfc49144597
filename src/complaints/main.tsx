import { render } from 'preact';
import '../ui/base.css';
import './log.css';
import { createExtensionLogBackend } from './backend.ts';
import { ComplaintsLog } from './ComplaintsLog.tsx';
import { createLogStore } from './store.ts';

render(<ComplaintsLog store={createLogStore(createExtensionLogBackend())} />, document.getElementById('app')!);
