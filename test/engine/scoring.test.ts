import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/engine/machine/run.types';
import { playScenario } from '../../src/engine/run/headless';
import { scoreRun } from '../../src/engine/scoring/score';
import { ratingForScore } from '../../src/engine/scoring/scoring-key';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

function evidence(indicator: string, weight = 1): EvidenceRecord {
  return { sceneId: 's', source: { kind: 'response', responseId: 'r', timedOut: false }, indicator, weight, clock: 0 };
}

function score(records: EvidenceRecord[], level: 'D' | 'C' | 'B' = 'C', flags: { flag: string }[] = []) {
  const profile = scoreRun(records, flags.map((f) => ({ sceneId: 's', by: 'r', ...f })), framework(), level);
  return (id: string) => profile.competencies.find((c) => c.competency === id)!;
}

describe('scoring', () => {
  it('computes Σ(weight × polarity) ÷ Σ(weight) and a rating', () => {
    const emp = score([evidence('EMP.acknowledges-feelings', 3), evidence('EMP.next-step', 1), evidence('EMP.argues-facts', 1)])('EMP');
    expect(emp.observations).toBe(3);
    expect(emp.raw).toBeCloseTo(3 / 5);
    expect(emp.rating).toBe(4);
    expect(emp.evidence.map((e) => e.sign)).toEqual([1, 1, -1]);
  });

  it('gives "not enough evidence" below three observations', () => {
    const emp = score([evidence('EMP.acknowledges-feelings'), evidence('EMP.next-step')])('EMP');
    expect(emp.rating).toBeNull();
    expect(emp.raw).toBe(1);
  });

  it('caps the rating at 2 when a red flag was raised', () => {
    const records = [evidence('MEDIA.key-messages'), evidence('MEDIA.gives-reason'), evidence('MEDIA.leader-appears')];
    expect(score(records)('MEDIA').rating).toBe(5);
    const capped = score(records, 'C', [{ flag: 'no-comment-safety' }])('MEDIA');
    expect(capped).toMatchObject({ rating: 2, capped: true });
    expect(capped.redFlags).toHaveLength(1);
  });

  it('uses the Table 1 indicator set of the trainee’s post level for Cooperation', () => {
    const records = [evidence('COOP.B.interagency'), evidence('COOP.B.joint-plans'), evidence('COOP.C.builds-trust'), evidence('COOP.one-voice')];
    expect(score(records, 'B')('COOP').observations).toBe(3);
    expect(score(records, 'C')('COOP').observations).toBe(2);
    expect(score(records, 'D')('COOP').observations).toBe(1);
  });

  it('normalises per observation, so trainees on paths of different length compare fairly', () => {
    const short = score([evidence('INFO.golden-hour'), evidence('INFO.known-unknown'), evidence('INFO.silence')])('INFO');
    const long = score([...Array(4)].flatMap(() => [evidence('INFO.golden-hour'), evidence('INFO.known-unknown'), evidence('INFO.silence')]))('INFO');
    expect(short.raw).toBeCloseTo(long.raw!);
    expect(short.rating).toBe(long.rating);
  });

  it('maps raw scores to bands, keeping 5 for runs with no ineffective evidence', () => {
    expect([-1, -0.4, 0.2, 0.6, 0.95].map((raw) => ratingForScore(raw, true))).toEqual([1, 2, 3, 4, 4]);
    expect(ratingForScore(0.95, false)).toBe(5);
  });

  it('scores a real run of the fake scenario from its evidence log', () => {
    const run = playScenario(fakeScenario(), [{ timeout: true }, { respond: 'wait' }, { compose: ['calm', 'doing'] }]);
    const profile = scoreRun(run.context.evidence, run.context.redFlags, framework(), 'C', ['EMP', 'INFO']);
    const info = profile.competencies.find((c) => c.competency === 'INFO')!;
    expect(info.observations).toBe(4);
    expect(info.rating).toBe(1);
    expect(info.evidence.map((e) => e.sceneId)).toEqual(['call', 'post', 'statement', 'statement']);
  });
});
