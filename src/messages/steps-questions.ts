/**
 * The words the engine adds to a teacher's own question (src/content/steps/questions.ts): the confirmation, and
 * the worked solution that names the right option(s) or the number. The options and the prompt are the teacher's.
 */
import { defineArea } from './catalogue.js';

export const STEPS_QUESTIONS = defineArea('steps-questions', {
  en: {
    correct: 'Right.',
    rightOptions: (p: { labels: readonly string[] }) =>
      p.labels.length === 1 ? `The right answer: ${p.labels[0]}.` : `The right answers: ${p.labels.join('; ')}.`,
    number: (p: { value: string }) => `The answer is $${p.value}$.`,
  },
}).with({
  fr: {
    correct: 'Juste.',
    rightOptions: (p) =>
      p.labels.length === 1 ? `La bonne réponse : ${p.labels[0]}.` : `Les bonnes réponses : ${p.labels.join(' ; ')}.`,
    number: (p) => `La réponse est $${p.value}$.`,
  },
});
