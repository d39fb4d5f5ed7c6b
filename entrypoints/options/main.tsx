import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/extension-page.css';
import '../../components/options.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
