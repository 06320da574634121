import { fnv1a64 } from './checksum';
import { isoDuration } from './iso8601';
import type { ResultsRecord } from './results-record';
import type { XapiActivity, XapiAgent, XapiContext, XapiStatement, XapiVerb } from './xapi-types';

export type { LanguageMap, XapiActivity, XapiActivityDefinition, XapiAgent, XapiContext, XapiResult, XapiStatement, XapiVerb } from './xapi-types';
export { checkStatement } from './xapi-check';

/** Where the statements point: the Tyńda installation and the IRI prefix of its activities and extensions. */
export interface XapiOptions {
  /** Address of the Tyńda installation, the home page of trainees' accounts, e.g. "https://tynda.example". */
  homepage: string;
  /** IRI prefix of activities and extensions, e.g. "https://tynda.example/xapi". */
  activityBase: string;
}

/** The verbs Tyńda uses, from the ADL vocabulary (as cmi5 does). */
export const XAPI_VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
} as const satisfies Record<string, XapiVerb>;

/** The activity types Tyńda uses, from the ADL vocabulary. */
export const XAPI_ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  scene: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** A UUID-shaped string (version 4, RFC 4122 variant) derived deterministically from a seed and a salt. */
export function deterministicUuid(seed: string, salt: string): string {
  const hex = (fnv1a64(`${seed}#${salt}#0`) + fnv1a64(`${seed}#${salt}#1`)).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function copyVerb(verb: XapiVerb): XapiVerb {
  return { id: verb.id, display: { ...verb.display } };
}

/**
 * The run as xAPI 1.0.3 statements: `initialized` (at the start), one `answered` per decision (its
 * object the scene, its parent the scenario) and `completed` (with success = resolved, the competency
 * ratings and the ending in result extensions). Ids are derived from the checksum, so exporting the
 * same record twice gives the same statements and an LRS does not store them twice. Times of
 * decisions are estimated from the start and the time each decision took, capped at the end.
 *
 * @throws RangeError when `homepage` is not an http(s) address or `activityBase` not an absolute IRI.
 */
export function resultsToXapi(record: ResultsRecord, options: XapiOptions): XapiStatement[] {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(options.homepage)) throw new RangeError(`The home page "${options.homepage}" is not an http(s) address.`);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(options.activityBase)) throw new RangeError(`The activity base "${options.activityBase}" is not an absolute IRI.`);
  const base = options.activityBase.replace(/\/+$/, '');
  const extension = (name: string) => `${base}/extensions/${name}`;
  const scenarioId = `${base}/scenarios/${encodeURIComponent(record.scenario.id)}`;
  const scenario: XapiActivity = { objectType: 'Activity', id: scenarioId, definition: { name: { 'en-US': record.scenario.title || record.scenario.id }, type: XAPI_ACTIVITY_TYPES.scenario } };
  const actor = (): XapiAgent => ({ objectType: 'Agent', name: record.pseudonym, account: { homePage: options.homepage, name: record.pseudonym } });
  const registration = deterministicUuid(record.checksum, 'registration');
  const context = (parent: boolean): XapiContext => ({
    registration,
    ...(parent ? { contextActivities: { parent: [copyActivity(scenario)] } } : {}),
    language: record.language,
    extensions: {
      [extension('level')]: record.level,
      [extension('mode')]: record.mode,
      [extension('language')]: record.language,
      [extension('scoring-key')]: record.scoringKey,
      [extension('scenario-version')]: record.scenario.version,
    },
  });
  const start = Date.parse(record.startedAt);
  const end = Date.parse(record.endedAt);
  let index = 0;
  const id = () => deterministicUuid(record.checksum, String(index++));

  const statements: XapiStatement[] = [{ id: id(), actor: actor(), verb: copyVerb(XAPI_VERBS.initialized), object: copyActivity(scenario), timestamp: new Date(start).toISOString(), context: context(false) }];
  let elapsed = 0;
  for (const d of record.decisions) {
    elapsed += d.elapsedMs ?? 0;
    const scene: XapiActivity = {
      objectType: 'Activity',
      id: `${scenarioId}/scenes/${encodeURIComponent(d.sceneId)}`,
      definition: { name: { 'en-US': `${record.scenario.title || record.scenario.id}: scene ${d.sceneId}` }, type: XAPI_ACTIVITY_TYPES.scene, interactionType: 'choice' },
    };
    statements.push({
      id: id(),
      actor: actor(),
      verb: copyVerb(XAPI_VERBS.answered),
      object: scene,
      timestamp: new Date(Math.min(end, start + elapsed)).toISOString(),
      result: {
        response: d.responseId ?? (d.fragmentIds ?? []).join('[,]'),
        ...(d.elapsedMs === null ? {} : { duration: isoDuration(d.elapsedMs) }),
        extensions: { [extension('timed-out')]: d.timedOut, [extension('story-minutes')]: d.clock },
      },
      context: context(true),
    });
  }
  statements.push({
    id: id(),
    actor: actor(),
    verb: copyVerb(XAPI_VERBS.completed),
    object: copyActivity(scenario),
    timestamp: new Date(end).toISOString(),
    result: {
      completion: true,
      success: record.outcome === 'resolved',
      duration: isoDuration(end - start),
      extensions: {
        [extension('competency-profile')]: Object.fromEntries(record.profile.map((c) => [c.competency, c.rating])),
        [extension('ending')]: record.endingId,
        [extension('outcome')]: record.outcome,
      },
    },
    context: context(false),
  });
  return statements;
}

/** A deep copy of an activity, so that statements share no objects. */
function copyActivity(activity: XapiActivity): XapiActivity {
  return { objectType: 'Activity', id: activity.id, definition: { ...activity.definition, name: { ...activity.definition.name } } };
}
