import type { Messages } from './en';

export const ru: Messages = {
  app: { name: 'Тыңда', tagline: 'Тренажёр кризисных коммуникаций для госслужащих', language: 'Язык' },
  library: {
    heading: 'Сценарии',
    count_one: '{{count}} сценарий',
    count_few: '{{count}} сценария',
    count_many: '{{count}} сценариев',
    count_other: '{{count}} сценария',
    minutes: '{{count}} мин',
    levels: 'Уровни должностей: {{levels}}',
    competencies: 'Компетенции',
    broken: 'Файл {{file}} не открывается: проблем — {{count}}. Подробности: npm run validate.',
    empty: 'Сценариев пока нет.',
  },
  difficulty: { introductory: 'Вводный', intermediate: 'Средний', advanced: 'Сложный' },
} as Messages;
