import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/extension-page.css';
import '../../components/popup.css';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
