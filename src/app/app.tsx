import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { t as pick, type Lang } from '../engine/format/text';
import type { Catalog } from './bundled-scenarios';
import { INTERFACE_LANGUAGES, pickLanguage } from './i18n';
import { LanguageSwitcher } from './language-switcher';

export interface AppProps {
  catalog: Catalog;
}

/** The start page: the bundled scenarios, in the chosen language. */
export function App({ catalog }: AppProps) {
  const { t, i18n } = useTranslation();
  const lang: Lang = pickLanguage(i18n.language);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const valid = catalog.entries.filter((e) => e.scenario);
  const broken = catalog.entries.filter((e) => !e.scenario);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
        <LanguageSwitcher languages={INTERFACE_LANGUAGES} current={lang} onChange={(l) => void i18n.changeLanguage(l)} label={t('app.language')} />
      </header>
      <main>
        <h2>{t('library.heading')}</h2>
        <p>{t('library.count', { count: valid.length })}</p>
        {valid.length === 0 && <p>{t('library.empty')}</p>}
        <ul className="library">
          {valid.map(({ file, scenario }) =>
            scenario ? (
              <li key={file}>
                <article aria-labelledby={`title-${scenario.id}`} className="card">
                  <h3 id={`title-${scenario.id}`}>{pick(scenario.title, lang)}</h3>
                  <p>{pick(scenario.summary, lang)}</p>
                  <p>
                    {t(`difficulty.${scenario.difficulty}`)} · {t('library.minutes', { count: scenario.estimatedMinutes })} ·{' '}
                    {t('library.levels', { levels: scenario.postLevels.join(', ') })}
                  </p>
                  <p>
                    {t('library.competencies')}: {scenario.competencies.map((id) => pick(catalog.framework.competencies.get(id)?.name, lang)).join(', ')}
                  </p>
                </article>
              </li>
            ) : null,
          )}
        </ul>
        {broken.map((e) => (
          <p role="alert" key={e.file}>
            {t('library.broken', { file: e.file, count: e.diagnostics.filter((d) => d.severity === 'error').length })}
          </p>
        ))}
      </main>
    </div>
  );
}
