import type { i18n as I18n } from 'i18next';

/** The studio's interface strings, added to i18next when the studio loads, so trainees never download them. */
const STUDIO_STRINGS = {
  en: {
    severity: { error: 'error', warning: 'warning' },
    open: 'Authoring studio',
    heading: 'Authoring studio',
    back: 'Back to the library',
    source: 'Open a scenario',
    file: 'Open a file',
    drop: 'or drop a .json file here',
    paste: 'Paste JSON',
    pasteApply: 'Open the pasted text',
    bundled: 'A bundled scenario',
    openBundled: 'Open',
    template: 'New from the template',
    editor: 'Scenario JSON',
    diagnostics: 'Problems',
    none: 'No problems found.',
    count: '{{errors}} errors, {{warnings}} warnings',
    download: 'Download',
    downloadDraft: 'Download as a draft (it has errors)',
    drafts: 'Drafts in this browser',
    noDrafts: 'No drafts yet.',
    reopen: 'Open',
    versions_one: '{{count}} earlier version',
    versions_other: '{{count}} earlier versions',
    restore: 'Restore the version of {{time}}',
    exportAll: 'Download every draft',
    withErrors: 'has errors',
    saved: 'Saved in this browser at {{time}}',
    saveFailed:
      'The draft could not be saved in this browser: {{reason}}. Download it to keep your work.',
    unreadable: 'This file could not be read as text.',
  },
  ru: {
    severity: { error: 'ошибка', warning: 'предупреждение' },
    open: 'Студия сценариев',
    heading: 'Студия сценариев',
    back: 'К списку сценариев',
    source: 'Открыть сценарий',
    file: 'Открыть файл',
    drop: 'или перетащите сюда файл .json',
    paste: 'Вставить JSON',
    pasteApply: 'Открыть вставленный текст',
    bundled: 'Сценарий из комплекта',
    openBundled: 'Открыть',
    template: 'Новый по шаблону',
    editor: 'JSON сценария',
    diagnostics: 'Проблемы',
    none: 'Проблем не найдено.',
    count: 'ошибок: {{errors}}, предупреждений: {{warnings}}',
    download: 'Скачать',
    downloadDraft: 'Скачать как черновик (есть ошибки)',
    drafts: 'Черновики в этом браузере',
    noDrafts: 'Черновиков пока нет.',
    reopen: 'Открыть',
    versions_one: '{{count}} прежняя версия',
    versions_few: '{{count}} прежние версии',
    versions_many: '{{count}} прежних версий',
    versions_other: '{{count}} прежней версии',
    restore: 'Восстановить версию от {{time}}',
    exportAll: 'Скачать все черновики',
    withErrors: 'есть ошибки',
    saved: 'Сохранено в браузере в {{time}}',
    saveFailed:
      'Черновик не удалось сохранить в браузере: {{reason}}. Скачайте его, чтобы не потерять работу.',
    unreadable: 'Этот файл не читается как текст.',
  },
  kk: {
    severity: { error: 'қате', warning: 'ескерту' },
    open: 'Сценарий студиясы',
    heading: 'Сценарий студиясы',
    back: 'Сценарийлер тізіміне',
    source: 'Сценарийді ашу',
    file: 'Файлды ашу',
    drop: 'немесе .json файлын осында тастаңыз',
    paste: 'JSON қою',
    pasteApply: 'Қойылған мәтінді ашу',
    bundled: 'Жинақтағы сценарий',
    openBundled: 'Ашу',
    template: 'Үлгі бойынша жаңа',
    editor: 'Сценарийдің JSON мәтіні',
    diagnostics: 'Мәселелер',
    none: 'Мәселе табылмады.',
    count: 'қате: {{errors}}, ескерту: {{warnings}}',
    download: 'Жүктеп алу',
    downloadDraft: 'Жоба ретінде жүктеп алу (қателері бар)',
    drafts: 'Осы браузердегі жобалар',
    noDrafts: 'Әзірге жоба жоқ.',
    reopen: 'Ашу',
    versions_one: '{{count}} бұрынғы нұсқа',
    versions_other: '{{count}} бұрынғы нұсқа',
    restore: '{{time}} нұсқасын қалпына келтіру',
    exportAll: 'Барлық жобаны жүктеп алу',
    withErrors: 'қателері бар',
    saved: 'Браузерде {{time}}-де сақталды',
    saveFailed:
      'Жобаны браузерде сақтау мүмкін болмады: {{reason}}. Жұмысыңыз жоғалмас үшін оны жүктеп алыңыз.',
    unreadable: 'Бұл файл мәтін ретінде оқылмайды.',
  },
};

/** Adds the studio's strings to an i18next instance (once; adding again changes nothing). */
export function registerStudioStrings(i18n: I18n): void {
  for (const [lang, studio] of Object.entries(STUDIO_STRINGS)) {
    if (!i18n.hasResourceBundle(lang, 'translation') || !i18n.getResource(lang, 'translation', 'studio.heading')) {
      i18n.addResourceBundle(lang, 'translation', { studio }, true, false);
    }
  }
}

export { STUDIO_STRINGS };
