/** Text per language, keyed by RFC 5646 tag, e.g. `{ "en-US": "answered" }`. */
export type LanguageMap = Record<string, string>;

/** The trainee as an xAPI Agent, identified by an account (the pseudonym) and never by e-mail. */
export interface XapiAgent {
  /** Always "Agent". */
  objectType: 'Agent';
  /** The pseudonym. */
  name: string;
  /** The inverse functional identifier: the pseudonym on the Tyńda installation. */
  account: {
    /** Address of the Tyńda installation, e.g. "https://tynda.example". */
    homePage: string;
    /** The pseudonym. */
    name: string;
  };
}

/** What the trainee did. */
export interface XapiVerb {
  /** IRI of the verb, e.g. "http://adlnet.gov/expapi/verbs/answered". */
  id: string;
  /** The verb in words. */
  display: LanguageMap;
}

/** How an activity is described. */
export interface XapiActivityDefinition {
  /** Name of the activity. */
  name: LanguageMap;
  /** IRI of the activity type. */
  type: string;
  /** For a scene: "choice", as a response (or a set of fragments) is chosen. */
  interactionType?: 'choice';
}

/** A scenario or a scene, as an xAPI Activity. */
export interface XapiActivity {
  /** Always "Activity". */
  objectType: 'Activity';
  /** IRI of the activity. */
  id: string;
  /** Name and type. */
  definition: XapiActivityDefinition;
}

/** The outcome of a statement. */
export interface XapiResult {
  /** The response id, or fragment ids joined by "[,]". */
  response?: string;
  /** Whether the scenario was completed. */
  completion?: boolean;
  /** Whether the crisis was resolved. */
  success?: boolean;
  /** Time taken, as an ISO 8601 duration such as "PT12.5S". */
  duration?: string;
  /** Extensions keyed by IRI. */
  extensions?: Record<string, unknown>;
}

/** Where a statement belongs. */
export interface XapiContext {
  /** UUID shared by all statements of one run. */
  registration: string;
  /** For a scene: the scenario it belongs to. */
  contextActivities?: {
    /** The scenario activity. */
    parent: XapiActivity[];
  };
  /** Language the trainee played in (RFC 5646). */
  language: string;
  /** Level, mode, language, scoring key and scenario version, keyed by IRI. */
  extensions: Record<string, unknown>;
}

/** An xAPI 1.0.3 statement as Tyńda writes it. */
export interface XapiStatement {
  /** UUID (version 4 shape), derived from the record's checksum and the statement's index. */
  id: string;
  /** The trainee. */
  actor: XapiAgent;
  /** What they did. */
  verb: XapiVerb;
  /** The scenario or scene. */
  object: XapiActivity;
  /** When it happened, ISO 8601 in UTC. */
  timestamp: string;
  /** The outcome, where there is one. */
  result?: XapiResult;
  /** The run, the scenario and the setting. */
  context: XapiContext;
}
