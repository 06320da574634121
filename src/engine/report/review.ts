import type { Evidence } from '../format/effects';
import type { PostLevel } from '../format/constants';
import type { Scenario } from '../format/scenario';
import type { Text } from '../format/lang';
import { appliesToLevel, type FrameworkIndex } from '../framework-index';
import type { Decision } from '../machine/run.types';
import { compositionEvidence } from '../machine/step';

/** One indicator a decision showed, explained. */
export interface ReviewedEvidence {
  indicator: string;
  competency: string;
  sign: 1 | -1;
  weight: number;
  indicatorText: Text;
  /** The doctrine rule it rests on, when given. */
  rule?: { id: string; name: Text; text: Text };
}

/** Feedback on one decision: whether it worked, which indicators it showed, why, and a better option. */
export interface DecisionReview {
  verdict: 'effective' | 'ineffective' | 'mixed' | 'neutral';
  evidence: ReviewedEvidence[];
  /** Why, in the scenario author's words (for a statement: one line per fragment and missing element). */
  feedback: Text[];
  /** The text of a better response in the same scene, when this one was not effective. */
  better?: { responseId: string; text: Text };
  /** The response text (or null for a statement). */
  responseText: Text | null;
  redFlags: string[];
}

function explain(evidence: readonly Evidence[], fw: FrameworkIndex, level: PostLevel): ReviewedEvidence[] {
  return evidence.flatMap((e): ReviewedEvidence[] => {
    const indicator = fw.indicators.get(e.indicator);
    if (!indicator || !appliesToLevel(indicator, level)) return [];
    const rule = e.tag ? fw.doctrine.get(e.tag) : undefined;
    const reviewed: ReviewedEvidence = { indicator: indicator.id, competency: indicator.competency, sign: indicator.sign, weight: e.weight ?? 1, indicatorText: indicator.text };
    if (rule) reviewed.rule = { id: rule.id, name: rule.name, text: rule.rule };
    return [reviewed];
  });
}

function verdictOf(evidence: readonly ReviewedEvidence[]): DecisionReview['verdict'] {
  const net = evidence.reduce((sum, e) => sum + e.sign * e.weight, 0);
  const anyBad = evidence.some((e) => e.sign < 0);
  const anyGood = evidence.some((e) => e.sign > 0);
  if (anyGood && !anyBad) return 'effective';
  if (anyBad && !anyGood) return 'ineffective';
  if (!anyGood && !anyBad) return 'neutral';
  return net > 0 ? 'effective' : 'mixed';
}

/** Explains a decision for the feedback card and the report. */
export function reviewDecision(scenario: Scenario, fw: FrameworkIndex, level: PostLevel, decision: Decision): DecisionReview | undefined {
  const scene = scenario.scenes.find((s) => s.id === decision.sceneId);
  if (!scene) return undefined;
  if (decision.responseId === null) {
    const task = scene.compose;
    if (!task) return undefined;
    const records = compositionEvidence(scene, decision.fragmentIds ?? [], decision.clock);
    const evidence = explain(records.map((r) => (r.tag ? { indicator: r.indicator, weight: r.weight as 1 | 2 | 3, tag: r.tag } : { indicator: r.indicator, weight: r.weight as 1 | 2 | 3 })), fw, level);
    const chosen = (decision.fragmentIds ?? []).map((id) => task.fragments.find((f) => f.id === id)).filter((f) => f !== undefined);
    const present = new Set(chosen.map((f) => f.element));
    const feedback: Text[] = [...chosen.map((f) => f.feedback), ...task.elements.filter((e) => !present.has(e.id)).map((e) => e.missing.feedback)];
    const orderRecord = records.find((r) => r.source.kind === 'order');
    if (orderRecord && task.order) feedback.push(task.order.feedback);
    return { verdict: verdictOf(evidence), evidence, feedback, responseText: null, redFlags: chosen.flatMap((f) => f.redFlags ?? []) };
  }
  const response = scene.responses?.find((r) => r.id === decision.responseId);
  if (!response) return undefined;
  const evidence = explain(response.evidence, fw, level);
  const verdict = verdictOf(evidence);
  const review: DecisionReview = { verdict, evidence, feedback: [response.feedback], responseText: response.text, redFlags: response.redFlags ?? [] };
  const better = response.better ? scene.responses?.find((r) => r.id === response.better) : undefined;
  if (better && verdict !== 'effective') review.better = { responseId: better.id, text: better.text };
  return review;
}
