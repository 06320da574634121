import { useTranslation } from 'react-i18next';

/**
 * Stands in for a screen or panel while its code downloads; if the download failed, says so and
 * offers to reload (the run in progress is saved, so reloading loses nothing).
 */
export function PendingModule({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  if (!failed) return <p>{t('app.loading')}</p>;
  return (
    <div role="alert" className="notice">
      <p>{t('app.loadFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
