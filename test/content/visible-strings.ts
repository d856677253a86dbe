/** Every string a learner can see in a compiled lesson, and every message a session says: for the text sweeps. */
import { quantityTree, type CompiledLesson } from '../../src/content/index.js';
import { mathSpans } from '../../src/content/math-spans.js';
import { toText, type Node } from '../../src/math/index.js';
import { carriedExpected } from '../../src/tutor/carry.js';
import { openSession } from '../tutor/fixtures.js';

/** The backslash commands of `text` outside its math spans ("\frac" in "went from \frac{19}{3}"). */
export function latexOutsideMath(text: string): string[] {
  let rest = text;
  for (const span of mathSpans(text).reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return [...rest.matchAll(/\\[a-zA-Z]+/g)].map((m) => m[0]);
}

/** Every string of a compiled lesson a learner can see, with where it is. */
export function visibleStrings(lesson: CompiledLesson): [string, string][] {
  const out: [string, string][] = [[`${lesson.id} introduction`, lesson.introduction]];
  for (const e of lesson.exercises) {
    out.push([`${e.id} statement`, e.statement]);
    for (const s of e.steps) {
      const at = `${e.id} › ${s.id}`;
      out.push([`${at} title`, s.title], [`${at} prompt`, s.prompt]);
      s.hints.forEach((h, k) => out.push([`${at} hint ${k + 1}`, h]));
      s.solution.forEach((l, k) => out.push([`${at} solution ${k + 1}`, l]));
      out.push([`${at} correct`, s.feedback.correct], [`${at} incorrect`, s.feedback.incorrect]);
      for (const m of s.misconceptions) out.push([`${at} ${m.id} name`, m.name], [`${at} ${m.id}`, m.feedback]);
      if (s.answer.type === 'choice') for (const o of s.answer.options) out.push([`${at} option ${o.id}`, o.label]);
    }
  }
  return out;
}

/** Run-time messages: each step answered by each named mistake, a wrong number, then right (carrying forward). */
export function spokenStrings(lesson: CompiledLesson, locale?: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of lesson.exercises) {
    const s = openSession(lesson, e.id, undefined, locale);
    for (const step of e.steps) {
      const say = (text: string) => out.push([`${e.id} › ${step.id} ← ${text}`, s.answer(step.id, text).message]);
      for (const m of step.misconceptions) say(m.text);
      if (step.answer.type !== 'choice') say('12345');
      say(step.answer.text);
    }
  }
  return [...out, ...carriedStrings(lesson, locale)];
}

/**
 * The sentences of error carried forward ("This follows from your gradient …; your gradient is off"): for
 * each step that builds on earlier ones, those answered with their first named mistake, then this step answered
 * right from them.
 */
export function carriedStrings(lesson: CompiledLesson, locale?: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of lesson.exercises)
    e.steps.forEach((step, k) => {
      if (!step.carry) return;
      const inputs = new Set(step.carry.inputs.map((i) => i.step));
      const slips = new Map<string, Node | undefined>();
      const s = openSession(lesson, e.id, undefined, locale);
      for (const before of e.steps.slice(0, k)) {
        const slip = inputs.has(before.id) ? before.misconceptions.find((m) => m.answer.type !== 'option') : undefined;
        if (slip) slips.set(before.id, quantityTree(slip.answer));
        s.answer(
          before.id,
          slip ? typed(quantityTree(slip.answer), locale) : typed(quantityTree(before.answer.expected), locale),
        );
      }
      if (slips.size === 0) return;
      const carried = carriedExpected(step, slips);
      if (!carried) return;
      const text = toText(carried, { ...(locale ? { locale } : {}) });
      const g = s.answer(step.id, text);
      // (A slip that leaves this step's answer right, such as a sign under a norm, carries nothing.)
      if (g.kind === 'carried') out.push([`${e.id} › ${step.id} ← ${text} (carried)`, g.message]);
    });
  return out;
}

/** An answer as a learner in `locale` types it (2,4 and (2,4; 3,2) in fr). */
const typed = (tree: Node | undefined, locale?: string): string =>
  tree ? toText(tree, { ...(locale ? { locale } : {}) }) : '';

/** "where: \\cmd in “text”" for each string with LaTeX source outside its math. */
export const leaks = (strings: [string, string][]) =>
  strings.flatMap(([where, text]) => {
    const found = latexOutsideMath(text);
    return found.length > 0 ? [`${where}: ${found.join(' ')} in “${text}”`] : [];
  });
