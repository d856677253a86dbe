/**
 * xAPI 1.0.3 statements for a lesson, shaped as cmi5 asks: initialized, one "answered" per step checked (with its
 * verdict and — what other tutors do not send — the named misconception), passed or failed with the scaled score,
 * completed, terminated. The cmi5-defined ones carry the cmi5 category (and moveOn for passed/failed/completed); all
 * carry the registration and the LMS's context template (its session id). Pure: ids, times and the launch are given.
 */

export interface Agent {
  readonly objectType?: 'Agent';
  readonly name?: string;
  readonly mbox?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
}

export interface Statement {
  readonly id: string;
  readonly actor: Agent;
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: {
    readonly objectType: 'Activity';
    readonly id: string;
    readonly definition?: Readonly<Record<string, unknown>>;
  };
  readonly result?: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
  readonly timestamp: string;
}

/** What every statement of a launch shares. */
export interface StatementContext {
  readonly actor: Agent;
  readonly registration: string;
  /** The AU's activity: the lesson as the LMS knows it. */
  readonly activityId: string;
  /** cmi5's LMS.LaunchData contextTemplate (its session id extension, publisher grouping); {} for plain xAPI. */
  readonly contextTemplate: Readonly<Record<string, unknown>>;
  /** Whether the launch is cmi5 (categories) or older xAPI (none). */
  readonly cmi5: boolean;
}

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type VerbName = keyof typeof VERBS;

const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
/** gd-tutor's own result extensions: URNs, IRIs that need no server. */
export const EXTENSIONS = {
  verdict: 'urn:gd-tutor:xapi:verdict',
  misconception: 'urn:gd-tutor:xapi:misconception',
} as const;

/** An ISO 8601 duration to the hundredth of a second, as cmi5 asks for result.duration. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

type ContextActivities = Record<string, readonly { readonly id: string }[]>;

function contextOf(
  c: StatementContext,
  categories: readonly { id: string }[],
  parent: boolean,
): Record<string, unknown> {
  const template = c.contextTemplate;
  const activities = { ...((template.contextActivities as ContextActivities | undefined) ?? {}) };
  if (categories.length > 0) activities.category = [...(activities.category ?? []), ...categories];
  if (parent) activities.parent = [...(activities.parent ?? []), { id: c.activityId }];
  return {
    ...template,
    registration: c.registration,
    ...(Object.keys(activities).length > 0 ? { contextActivities: activities } : {}),
  };
}

export interface Stamp {
  readonly id: string;
  readonly timestamp: string;
}

/** A statement about the AU itself (initialized, passed, failed, completed, terminated). */
export function auStatement(
  c: StatementContext,
  verb: Exclude<VerbName, 'answered'>,
  stamp: Stamp,
  result?: Record<string, unknown>,
): Statement {
  const moveOn = verb === 'passed' || verb === 'failed' || verb === 'completed';
  const categories = c.cmi5 ? [CMI5_CATEGORY, ...(moveOn ? [MOVEON_CATEGORY] : [])] : [];
  return {
    id: stamp.id,
    actor: c.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: c.activityId },
    ...(result ? { result } : {}),
    context: contextOf(c, categories, false),
    timestamp: stamp.timestamp,
  };
}

export interface Answered {
  readonly exercise: string;
  readonly step: string;
  /** The step's title, plain text: "∂J/∂x". */
  readonly title: string;
  readonly expected: string;
  readonly response: string;
  readonly verdict: 'correct' | 'carried' | 'misconception' | 'incorrect';
  readonly misconception?: { readonly id: string; readonly name: string };
  /**
   * A choice step's options (id and label): the statement is a `choice` interaction listing them, and `expected`
   * and `response` are option ids joined by `[,]`, as xAPI's interaction patterns write them.
   */
  readonly choices?: readonly { readonly id: string; readonly label: string }[];
}

/** One step checked: an interaction activity under the AU, with the response, success and the named mistake. */
export function answeredStatement(c: StatementContext, a: Answered, stamp: Stamp): Statement {
  const id = `${c.activityId}/${encodeURIComponent(a.exercise)}/${encodeURIComponent(a.step)}`;
  return {
    id: stamp.id,
    actor: c.actor,
    verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id,
      definition: {
        name: { 'en-US': a.title },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: a.choices ? 'choice' : 'fill-in',
        correctResponsesPattern: [a.expected],
        ...(a.choices ? { choices: a.choices.map((c) => ({ id: c.id, description: { 'en-US': c.label } })) } : {}),
      },
    },
    result: {
      success: a.verdict === 'correct' || a.verdict === 'carried',
      response: a.response,
      extensions: {
        [EXTENSIONS.verdict]: a.verdict,
        ...(a.misconception ? { [EXTENSIONS.misconception]: a.misconception } : {}),
      },
    },
    context: contextOf(c, [], true),
    timestamp: stamp.timestamp,
  };
}
