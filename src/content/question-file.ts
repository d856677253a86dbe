/**
 * Questions a teacher answers themselves, as written in a lesson: `choice`
 * (options, one or several right, each wrong one with its own feedback) and
 * `number` (a value with a tolerance). Their schema lives here; steps/questions.ts
 * derives them.
 */
import { Type } from '@sinclair/typebox';

const Option = Type.Object(
  {
    text: Type.String({ description: 'The option as the learner reads it (Markdown, $…$ for math).' }),
    correct: Type.Optional(Type.Boolean({ description: 'A right option (at least one is).' })),
    feedback: Type.Optional(Type.String({ description: 'What to say when the learner picks it (a wrong option).' })),
  },
  { additionalProperties: false },
);

export const CHOICE_STEP = {
  description: 'A question with options: one right (radio buttons) or several (check boxes), shuffled per learner.',
  props: {
    prompt: Type.String({ description: 'The question (Markdown, $…$ for math).' }),
    options: Type.Array(Option, { minItems: 2, maxItems: 26, description: 'The options, in any order.' }),
    shuffle: Type.Optional(Type.Boolean({ description: 'Shuffle the options by the learner’s seed (default true).' })),
  },
} as const;

export const NUMBER_STEP = {
  description: 'A number the teacher gives (a value, or an expression of the constants), checked within the tolerance.',
  props: {
    prompt: Type.String({ description: 'The question (Markdown, $…$ for math).' }),
    value: Type.Union([Type.Number(), Type.String()], {
      description: 'The answer: a number, or an expression of numbers and constants, e.g. "2^-10".',
    }),
  },
} as const;
