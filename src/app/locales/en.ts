/** English interface strings; the other locales have the same keys. */
export const en = {
  app: { name: 'Tyńda', tagline: 'Crisis-communication practice for civil servants', language: 'Language' },
  library: {
    heading: 'Scenarios',
    count_one: '{{count}} scenario',
    count_other: '{{count}} scenarios',
    minutes: '{{count}} min',
    levels: 'Post levels: {{levels}}',
    competencies: 'Competencies',
    broken: '{{file}} cannot be opened: {{count}} problem(s). Run npm run validate for details.',
    empty: 'No scenarios are bundled yet.',
  },
  difficulty: { introductory: 'Introductory', intermediate: 'Intermediate', advanced: 'Advanced' },
};
export type Messages = typeof en;
