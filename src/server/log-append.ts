/**
 * What a client may add to an attempt: its log of actions must extend, action for action, what the server already
 * holds — so a log with wrong attempts or hints removed, reordered or rewritten is refused whole, and only the new
 * tail is taken. Pure.
 */
import type { Action } from './grading.js';

export type ClientAction = Omit<Action, 'at'>;

/** More than a learner can do between two saves; a bigger batch is a forged or runaway client. */
const MAX_NEW_ACTIONS = 200;
/** Longer than any answer the checker reads. */
const MAX_ANSWER_LENGTH = 2_000;

export type Appended =
  { readonly ok: true; readonly added: readonly ClientAction[] } | { readonly ok: false; readonly message: string };

const same = (a: ClientAction, b: ClientAction): boolean =>
  a.exercise === b.exercise && a.type === b.type && a.step === b.step && (a.answer ?? '') === (b.answer ?? '');

/** The actions to add, exercise by exercise, or why the client's log is refused. */
export function newActions(
  stored: readonly ClientAction[],
  client: ReadonlyMap<string, readonly ClientAction[]>,
): Appended {
  const added: ClientAction[] = [];
  for (const [exercise, theirs] of client) {
    const ours = stored.filter((a) => a.exercise === exercise);
    const k = ours.findIndex((a, i) => theirs[i] === undefined || !same(a, theirs[i]));
    if (k !== -1)
      return {
        ok: false,
        message: `The log sent for exercise “${exercise}” does not continue the work the server holds (action ${k + 1} of ${ours.length} differs or is missing): nothing was recorded. Reload the page to continue from your saved work.`,
      };
    added.push(...theirs.slice(ours.length));
  }
  if (added.length > MAX_NEW_ACTIONS)
    return {
      ok: false,
      message: `${added.length} new actions at once is more than a learner makes; nothing was recorded.`,
    };
  if (added.some((a) => (a.answer ?? '').length > MAX_ANSWER_LENGTH))
    return { ok: false, message: `An answer is longer than ${MAX_ANSWER_LENGTH} characters; nothing was recorded.` };
  return { ok: true, added };
}
