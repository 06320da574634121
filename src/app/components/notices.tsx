import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { storageStatus } from '../stores/storage-status';

/** Tells the trainee when saved progress could not be read (and offers the kept copy) or cannot be saved. */
export function StorageNotices() {
  const { t } = useTranslation();
  const { unreadable, writeError } = useStore(storageStatus);
  const download = (raw: string, key: string) => {
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${key.replace(/[^A-Za-z0-9-]+/g, '_')}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  if (unreadable.length === 0 && !writeError) return null;
  return (
    <div className="notices">
      {unreadable.map((copy) => (
        <div role="alert" key={copy.key} className="notice">
          <p>{copy.reason === 'too-new' ? t('notices.tooNew') : t('notices.unreadable')}</p>
          <button type="button" onClick={() => download(copy.raw, copy.key)}>
            {t('notices.export')}
          </button>
          <button
            type="button"
            onClick={() =>
              storageStatus.setState((s) => ({
                unreadable: s.unreadable.filter((u) => u.key !== copy.key),
              }))
            }
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
      {writeError && (
        <p role="alert" className="notice">
          {writeError === 'full' ? t('notices.storageFull') : t('notices.storageUnavailable')}
        </p>
      )}
    </div>
  );
}
