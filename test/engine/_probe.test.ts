import { it } from 'vitest';
import { buildResultsRecord } from '../../src/engine/results/index';
import { playScenario } from '../../src/engine/run/headless';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';
it('probe', () => {
  for (const moves of [[{ respond: 'empathise' }, { respond: 'wait' }, { compose: ['feel', 'doing'] }], [{ respond: 'argue' }, { respond: 'wait' }, { compose: ['doing', 'feel'] }], [{ respond: 'empathise' }, { respond: 'inform' }]] as const) {
    const run = playScenario(fakeScenario(), moves as never);
    const r = buildResultsRecord({ scenario: fakeScenario(), framework: framework(), context: run.context, pseudonym: 'x', level: 'B', mode: 'practice', language: 'en', startedAt: '2025-04-01T06:40:00.000Z', endedAt: '2025-04-01T06:50:00.000Z' });
    console.log(run.done, run.rejected, r.endingId, JSON.stringify(r.profile.map((c) => [c.competency, c.rating, c.redFlags])), JSON.stringify(r.decisions));
  }
});
