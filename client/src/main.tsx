import { render } from 'solid-js/web';
import { App } from './App.tsx';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { checkSession, watchConnectivity } from './session/session.ts';
import './styles/base.css';
import './styles/buttons.css';
import './styles/notices.css';
import './styles/shell.css';
import './styles/layout.css';
import './styles/caseList.css';
import './styles/case.css';
import './styles/editor.css';
import './styles/annotations.css';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
watchConnectivity();
void checkSession();
registerServiceWorker();
