/** What the learner's answers are, briefly: plots redraw when this changes, not on every keystroke of a draft. */
import type { StepView } from '../tutor/state.js';

export const answersKey = (steps: readonly StepView[]): string =>
  steps.map((s) => `${s.id}=${s.answer}:${s.grade?.kind ?? ''}:${s.status}`).join('\n');
