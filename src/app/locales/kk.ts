import type { Messages } from './en';

export const kk: Messages = {
  app: { name: 'Тыңда', tagline: 'Мемлекеттік қызметшілерге арналған дағдарыстық коммуникация тренажёры', language: 'Тіл' },
  library: {
    heading: 'Сценарийлер',
    count_one: '{{count}} сценарий',
    count_other: '{{count}} сценарий',
    minutes: '{{count}} мин',
    levels: 'Лауазым деңгейлері: {{levels}}',
    competencies: 'Құзыреттер',
    broken: '{{file}} файлы ашылмайды: {{count}} мәселе. Толығырақ: npm run validate.',
    empty: 'Әзірге сценарий жоқ.',
  },
  difficulty: { introductory: 'Кіріспе', intermediate: 'Орташа', advanced: 'Күрделі' },
};
