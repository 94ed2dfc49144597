import { render } from 'preact';
import '../ui/base.css';
import { OptionsPage } from './OptionsPage.tsx';

render(<OptionsPage />, document.getElementById('app')!);
