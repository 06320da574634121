import { useTranslation } from 'react-i18next';
import type { Draft } from './drafts';
import { downloadText } from '../app/download';

/** The drafts kept in this browser, each with its earlier versions to restore, and a download of them all. */
export function DraftsPanel({
  drafts,
  onOpen,
}: {
  drafts: readonly Draft[];
  onOpen: (draft: Draft, text?: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="drafts-heading" className="drafts">
      <h3 id="drafts-heading">{t('studio.drafts')}</h3>
      {drafts.length === 0 && <p>{t('studio.noDrafts')}</p>}
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <button type="button" className="quiet" onClick={() => onOpen(draft)}>
              {t('studio.reopen')}: {draft.name}
            </button>{' '}
            {draft.errors > 0 && <span className="badge">{t('studio.withErrors')}</span>}
            {draft.history.length > 0 && (
              <details>
                <summary>{t('studio.versions', { count: draft.history.length })}</summary>
                <ul>
                  {[...draft.history].reverse().map((version) => (
                    <li key={version.savedAt}>
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => onOpen(draft, version.text)}
                      >
                        {t('studio.restore', { time: new Date(version.savedAt).toLocaleString() })}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      {drafts.length > 0 && (
        <button
          type="button"
          onClick={() =>
            drafts.forEach((d) =>
              downloadText(d.name.endsWith('.json') ? d.name : `${d.name}.json`, d.text),
            )
          }
        >
          {t('studio.exportAll')}
        </button>
      )}
    </section>
  );
}
