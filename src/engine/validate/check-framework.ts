import type { Framework } from '../format/framework';
import { POST_LEVELS } from '../format/ids';
import { didYouMean } from './suggest';
import type { Report } from './report';

/** Checks a competency framework: unique ids, known competencies, and indicators for every post level. */
export function checkFramework(report: Report, framework: Framework): void {
  const competencyIds = framework.competencies.map((c) => c.id);
  const seen = new Map<string, string>();
  const claim = (id: string, pointer: string): void => {
    const first = seen.get(id);
    if (first) report.error('duplicate-id', pointer, `The id "${id}" is used twice`, `It is first used at ${first}.`);
    else seen.set(id, pointer);
  };
  framework.competencies.forEach((competency, c) => {
    claim(competency.id, `/competencies/${c}/id`);
    competency.indicators.forEach((indicator, i) => claim(indicator.id, `/competencies/${c}/indicators/${i}/id`));
    for (const level of POST_LEVELS) {
      for (const polarity of ['effective', 'ineffective'] as const) {
        const has = competency.indicators.some((i) => i.polarity === polarity && (!i.levels || i.levels.includes(level)));
        if (!has) report.error('level-without-indicators', `/competencies/${c}/indicators`, `"${competency.id}" has no ${polarity} indicator for post level ${level}`);
      }
    }
  });
  framework.doctrine.forEach((rule, d) => {
    claim(rule.id, `/doctrine/${d}/id`);
    rule.competencies.forEach((id, i) => {
      if (!competencyIds.includes(id)) report.error('unknown-competency', `/doctrine/${d}/competencies/${i}`, `Unknown competency "${id}"`, didYouMean(id, competencyIds, 'competencies'));
    });
  });
  framework.redFlags.forEach((flag, r) => {
    claim(flag.id, `/redFlags/${r}/id`);
    if (!competencyIds.includes(flag.competency)) report.error('unknown-competency', `/redFlags/${r}/competency`, `Unknown competency "${flag.competency}"`, didYouMean(flag.competency, competencyIds, 'competencies'));
  });
}
