import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { updateStatus } from '../stores/update-status';

/** Offers a new version when one is ready; it is never applied on its own, so no run is interrupted. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const { waiting, update } = useStore(updateStatus);
  if (!waiting) return null;
  return (
    <div role="status" className="notice update-notice no-print">
      <p>{t('notices.update')}</p>
      <button type="button" onClick={update}>
        {t('notices.updateNow')}
      </button>{' '}
      <button type="button" onClick={() => updateStatus.setState({ waiting: false })}>
        {t('notices.later')}
      </button>
    </div>
  );
}
