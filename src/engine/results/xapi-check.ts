import { isIsoDuration, isIsoTimestamp } from './iso8601';

type Json = Record<string, unknown>;

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u;
const IRL = /^https?:\/\/[^\s<>"{}|\\^`]+$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const STATEMENT_KEYS = new Set(['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments']);
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const INTERACTION_TYPES = new Set(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIri(value: unknown): boolean {
  return typeof value === 'string' && IRI.test(value);
}

function checkLanguageMap(value: unknown, path: string, out: string[]): void {
  if (!isObject(value)) {
    out.push(`${path} must be a language map such as { "en-US": "…" }`);
    return;
  }
  for (const [tag, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag)) out.push(`${path} has "${tag}", which is not an RFC 5646 language tag`);
    if (typeof text !== 'string') out.push(`${path}.${tag} must be a string`);
  }
}

function checkExtensions(value: unknown, path: string, out: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) out.push(`${path} must be an object`);
  else for (const key of Object.keys(value)) if (!isIri(key)) out.push(`${path} key "${key}" must be an IRI`);
}

function checkAgent(value: unknown, path: string, out: string[]): void {
  if (!isObject(value)) {
    out.push(`${path} must be an Agent or Group object`);
    return;
  }
  const type = value.objectType ?? 'Agent';
  if (type !== 'Agent' && type !== 'Group') out.push(`${path}.objectType must be "Agent" or "Group"`);
  const ifis = IFIS.filter((key) => value[key] !== undefined);
  const anonymousGroup = type === 'Group' && ifis.length === 0 && Array.isArray(value.member);
  if (ifis.length !== 1 && !anonymousGroup) out.push(`${path} must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), not ${ifis.length}`);
  if (value.name !== undefined && typeof value.name !== 'string') out.push(`${path}.name must be a string`);
  if (value.mbox !== undefined && !(typeof value.mbox === 'string' && /^mailto:[^\s@]+@[^\s@]+$/.test(value.mbox))) out.push(`${path}.mbox must be a mailto: IRI`);
  if (value.mbox_sha1sum !== undefined && !(typeof value.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(value.mbox_sha1sum))) out.push(`${path}.mbox_sha1sum must be 40 hex digits`);
  if (value.openid !== undefined && !isIri(value.openid)) out.push(`${path}.openid must be an IRI`);
  if (value.account !== undefined) {
    const account = value.account;
    if (!isObject(account)) out.push(`${path}.account must be an object`);
    else {
      if (!(typeof account.homePage === 'string' && IRL.test(account.homePage))) out.push(`${path}.account.homePage must be an IRL (an http or https address)`);
      if (!(typeof account.name === 'string' && account.name.length > 0)) out.push(`${path}.account.name must be a non-empty string`);
    }
  }
  if (type === 'Group' && value.member !== undefined) {
    if (!Array.isArray(value.member)) out.push(`${path}.member must be a list`);
    else value.member.forEach((m, i) => checkAgent(m, `${path}.member[${i}]`, out));
  }
}

function checkActivity(value: unknown, path: string, out: string[]): void {
  if (!isObject(value)) {
    out.push(`${path} must be an Activity object`);
    return;
  }
  if (!isIri(value.id)) out.push(`${path}.id must be an IRI`);
  const definition = value.definition;
  if (definition === undefined) return;
  if (!isObject(definition)) {
    out.push(`${path}.definition must be an object`);
    return;
  }
  if (definition.name !== undefined) checkLanguageMap(definition.name, `${path}.definition.name`, out);
  if (definition.description !== undefined) checkLanguageMap(definition.description, `${path}.definition.description`, out);
  if (definition.type !== undefined && !isIri(definition.type)) out.push(`${path}.definition.type must be an IRI`);
  if (definition.moreInfo !== undefined && !(typeof definition.moreInfo === 'string' && IRL.test(definition.moreInfo))) out.push(`${path}.definition.moreInfo must be an IRL`);
  if (definition.interactionType !== undefined && !INTERACTION_TYPES.has(String(definition.interactionType))) out.push(`${path}.definition.interactionType is not an xAPI interaction type`);
  checkExtensions(definition.extensions, `${path}.definition.extensions`, out);
}

function checkObject(value: unknown, out: string[]): void {
  if (!isObject(value)) {
    out.push('object must be an object');
    return;
  }
  const type = value.objectType ?? 'Activity';
  if (type === 'Activity') checkActivity(value, 'object', out);
  else if (type === 'Agent' || type === 'Group') checkAgent(value, 'object', out);
  else if (type === 'StatementRef') {
    if (!(typeof value.id === 'string' && UUID.test(value.id))) out.push('object.id of a StatementRef must be a UUID');
  } else if (type === 'SubStatement') {
    checkAgent(value.actor, 'object.actor', out);
    checkVerb(value.verb, 'object.verb', out);
  } else out.push(`object.objectType "${String(type)}" is not Activity, Agent, Group, StatementRef or SubStatement`);
}

function checkVerb(value: unknown, path: string, out: string[]): void {
  if (!isObject(value)) {
    out.push(`${path} must be an object`);
    return;
  }
  if (!isIri(value.id)) out.push(`${path}.id must be an IRI`);
  if (value.display === undefined) out.push(`${path}.display is missing: give the verb in words as a language map`);
  else checkLanguageMap(value.display, `${path}.display`, out);
}

function checkResult(value: unknown, out: string[]): void {
  if (!isObject(value)) {
    out.push('result must be an object');
    return;
  }
  const score = value.score;
  if (score !== undefined) {
    if (!isObject(score)) out.push('result.score must be an object');
    else {
      const { scaled, raw, min, max } = score;
      for (const [name, n] of Object.entries({ scaled, raw, min, max })) if (n !== undefined && !(typeof n === 'number' && Number.isFinite(n))) out.push(`result.score.${name} must be a number`);
      if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) out.push('result.score.scaled must be between -1 and 1');
      if (typeof min === 'number' && typeof max === 'number' && min > max) out.push('result.score.min must not be above result.score.max');
      if (typeof raw === 'number' && typeof min === 'number' && raw < min) out.push('result.score.raw must not be below result.score.min');
      if (typeof raw === 'number' && typeof max === 'number' && raw > max) out.push('result.score.raw must not be above result.score.max');
    }
  }
  for (const key of ['success', 'completion'] as const) if (value[key] !== undefined && typeof value[key] !== 'boolean') out.push(`result.${key} must be true or false`);
  if (value.response !== undefined && typeof value.response !== 'string') out.push('result.response must be a string');
  if (value.duration !== undefined && !isIsoDuration(value.duration)) out.push('result.duration must be an ISO 8601 duration such as "PT12.5S"');
  checkExtensions(value.extensions, 'result.extensions', out);
}

function checkContext(value: unknown, out: string[]): void {
  if (!isObject(value)) {
    out.push('context must be an object');
    return;
  }
  if (value.registration !== undefined && !(typeof value.registration === 'string' && UUID.test(value.registration))) out.push('context.registration must be a UUID');
  if (value.language !== undefined && !(typeof value.language === 'string' && LANGUAGE_TAG.test(value.language))) out.push('context.language must be an RFC 5646 language tag');
  if (value.instructor !== undefined) checkAgent(value.instructor, 'context.instructor', out);
  if (value.team !== undefined) checkAgent(value.team, 'context.team', out);
  const activities = value.contextActivities;
  if (activities !== undefined) {
    if (!isObject(activities)) out.push('context.contextActivities must be an object');
    else
      for (const [key, list] of Object.entries(activities)) {
        const path = `context.contextActivities.${key}`;
        if (!['parent', 'grouping', 'category', 'other'].includes(key)) out.push(`${path} is not parent, grouping, category or other`);
        (Array.isArray(list) ? list : [list]).forEach((a, i) => checkActivity(a, `${path}[${i}]`, out));
      }
  }
  checkExtensions(value.extensions, 'context.extensions', out);
}

/**
 * The rules of xAPI 1.0.3 a statement breaks, as readable lines (none for a good statement): exactly one
 * inverse functional identifier on the actor, IRIs for verb, object and activity type ids, language maps,
 * a UUID id and registration, ISO 8601 timestamp and duration, a scaled score within −1…1, IRI keys for
 * extensions, and no unknown top-level property. It also requires the verb's `display`, which the
 * specification recommends, so that every LRS can show the statement.
 */
export function checkStatement(statement: unknown): string[] {
  const out: string[] = [];
  if (!isObject(statement)) return ['a statement must be an object'];
  for (const key of Object.keys(statement)) if (!STATEMENT_KEYS.has(key)) out.push(`"${key}" is not a statement property`);
  if (statement.id !== undefined && !(typeof statement.id === 'string' && UUID.test(statement.id))) out.push('id must be a UUID');
  if (statement.actor === undefined) out.push('actor is missing');
  else checkAgent(statement.actor, 'actor', out);
  if (statement.verb === undefined) out.push('verb is missing');
  else checkVerb(statement.verb, 'verb', out);
  if (statement.object === undefined) out.push('object is missing');
  else checkObject(statement.object, out);
  if (statement.timestamp !== undefined && !isIsoTimestamp(statement.timestamp)) out.push('timestamp must be an ISO 8601 date and time');
  if (statement.result !== undefined) checkResult(statement.result, out);
  if (statement.context !== undefined) checkContext(statement.context, out);
  return out;
}
