import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../app/catalog/catalog.types';
import { useLang } from '../app/use-lang';
import { TEMPLATE } from './template';

export interface OpenPanelProps {
  bundled: readonly CatalogItem[];
  loadBundled: (file: string) => Promise<unknown>;
  onOpen: (name: string, text: string) => void;
  onUnreadable: () => void;
}

/** Every way to open a scenario: file picker, drag and drop, paste, a bundled one, or the template. */
export function OpenPanel({ bundled, loadBundled, onOpen, onUnreadable }: OpenPanelProps) {
  const { t } = useTranslation();
  const { text: localized } = useLang();
  const [paste, setPaste] = useState('');
  const [bundledFile, setBundledFile] = useState(bundled[0]?.file ?? '');
  const readFile = async (file: File) => {
    try {
      onOpen(file.name, await file.text());
    } catch {
      onUnreadable();
    }
  };
  return (
    <section
      aria-labelledby="studio-open"
      className="studio-open"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void readFile(file);
      }}
    >
      <h3 id="studio-open">{t('studio.source')}</h3>
      <label>
        {t('studio.file')}{' '}
        <input
          type="file"
          accept=".json,.html,.htm,.twee,.tw,application/json,text/html"
          onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])}
        />
      </label>{' '}
      <span className="hint">{t('studio.drop')}</span>
      <div>
        <label htmlFor="studio-bundled">{t('studio.bundled')}</label>{' '}
        <select
          id="studio-bundled"
          value={bundledFile}
          onChange={(e) => setBundledFile(e.target.value)}
        >
          {bundled.map((item) => (
            <option key={item.file} value={item.file}>
              {localized(item.title)}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          disabled={!bundledFile}
          onClick={() =>
            void loadBundled(bundledFile).then((s) =>
              onOpen(bundledFile, JSON.stringify(s, null, 2)),
            )
          }
        >
          {t('studio.openBundled')}
        </button>{' '}
        <button
          type="button"
          onClick={() => onOpen('new-scenario.json', JSON.stringify(TEMPLATE, null, 2))}
        >
          {t('studio.template')}
        </button>
      </div>
      <details>
        <summary>{t('studio.paste')}</summary>
        <label htmlFor="studio-paste" className="visually-hidden">
          {t('studio.paste')}
        </label>
        <textarea
          id="studio-paste"
          rows={4}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
        />
        <button
          type="button"
          disabled={!paste.trim()}
          onClick={(e) => {
            onOpen('pasted.json', paste);
            // The text now lives in the editor: empty and fold the paste box.
            setPaste('');
            e.currentTarget.closest('details')?.removeAttribute('open');
          }}
        >
          {t('studio.pasteApply')}
        </button>
      </details>
    </section>
  );
}
