import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { bundledScenarios } from './app/bundled-scenarios';
import { initI18n } from './app/i18n';
import './app/app.css';

initI18n(navigator.language);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App catalog={bundledScenarios()} />
    </StrictMode>,
  );
}
