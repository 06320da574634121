import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import catalog from 'virtual:scenario-catalog';
import { App } from './app/app';
import { bundledSource } from './app/catalog/scenario-source';
import { initI18n } from './app/i18n';
import { useProgress } from './app/stores/progress-store';
import { updateStatus } from './app/stores/update-status';
import { registerSW } from 'virtual:pwa-register';
import './app/app.css';

initI18n(useProgress.getState().language ?? navigator.language);
const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  const render = (source: ReturnType<typeof bundledSource>) =>
    root.render(
      <StrictMode>
        <App source={source} />
      </StrictMode>,
    );
  render(bundledSource(catalog));
  // During `npm run dev`, saving a scenario updates the library and what is open, without a reload.
  let revision = 0;
  import.meta.hot?.on('tynda:scenarios-changed', (data: { catalog: typeof catalog }) =>
    render(bundledSource(data.catalog, ++revision)),
  );
}

// Offline after the first visit; a new version waits until the trainee chooses to update.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const update = registerSW({
    onNeedRefresh: () => updateStatus.setState({ waiting: true, update: () => void update(true) }),
  });
}
