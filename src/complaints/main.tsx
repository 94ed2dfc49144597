import { render } from 'preact';
import '../ui/base.css';
import { ComplaintsLog } from './ComplaintsLog.tsx';

render(<ComplaintsLog />, document.getElementById('app')!);
