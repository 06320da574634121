import type { Scenario } from '../src/engine/format/scenario';

/**
 * A generated scenario of `size` scenes for benchmarks: layers of scenes whose three responses lead
 * to the next layer, every 50th scene loops back once, the last layer leads to three endings.
 */
export function generateScenario(size: number): Scenario {
  const text = { en: 'Generated scene text for benchmarking.', ru: 'Сгенерированный текст сцены.', kk: 'Жасалған сахна мәтіні.' };
  const indicators = ['EMP.acknowledges-feelings', 'EMP.argues-facts', 'INFO.golden-hour', 'INFO.silence', 'MEDIA.key-messages', 'MEDIA.no-comment'];
  const endings = ['ending-good', 'ending-mixed', 'ending-bad'];
  const scenes: Scenario['scenes'] = [];
  for (let i = 0; i < size; i++) {
    const target = (k: number): string => (i + k < size ? `s${i + k}` : endings[k % 3]!);
    const responses = [1, 2, 3].map((k) => ({
      id: `r${k}`,
      text,
      next: k === 3 && i % 50 === 49 ? { routes: [{ when: { flag: 'looped', is: false }, goto: `s${i - 10}` }], otherwise: target(k) } : target(k),
      ...(k === 3 && i % 50 === 49 ? { setFlags: ['looped'] } : {}),
      effects: { trust: k === 1 ? 2 : -2 },
      evidence: [{ indicator: indicators[(i + k) % indicators.length]!, weight: 1 as const }],
      feedback: text,
    }));
    scenes.push({ id: `s${i}`, channel: 'phone', text, responses });
  }
  return {
    formatVersion: 2,
    id: `generated-${size}`,
    version: '1.0.0',
    title: text,
    summary: text,
    situation: text,
    role: text,
    postLevels: ['C'],
    competencies: ['EMP', 'INFO', 'MEDIA'],
    estimatedMinutes: 30,
    difficulty: 'advanced',
    languages: ['en', 'ru', 'kk'],
    cast: [],
    meters: [{ id: 'trust', label: text, initial: 50 }],
    flags: [{ id: 'looped' }],
    start: 's0',
    scenes,
    endings: endings.map((id, i) => ({ id, outcome: (['resolved', 'partial', 'failed'] as const)[i]!, title: text, debrief: text })),
  };
}
