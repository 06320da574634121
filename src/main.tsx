import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import catalog from 'virtual:scenario-catalog';
import { App } from './app/app';
import { bundledSource } from './app/catalog/scenario-source';
import { initI18n } from './app/i18n';
import { useProgress } from './app/stores/progress-store';
import './app/app.css';

initI18n(useProgress.getState().language ?? navigator.language);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App source={bundledSource(catalog)} />
    </StrictMode>,
  );
}
