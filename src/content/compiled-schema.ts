/**
 * The compiled lesson's JSON Schema (format 2): what lessons/<id>/<variant>.json
 * holds, for whoever reads it outside gd-tutor (an LMS tool, a grader in
 * another language). `npm run schema` writes it to schema/compiled-lesson.schema.json;
 * a test checks every lesson of the curriculum, compiled, against it.
 * The TypeScript types are in compiled.ts and derived.ts (browser-safe).
 */
import { LOCALES } from '../messages/catalogue.js';
import { Type, type TSchema } from '@sinclair/typebox';
import { FUNCTIONS } from '../math/ast.js';
import { FORMAT_VERSION } from './compiled.js';
import { STEP_ROLES, WRITTEN_PARTS } from './derived.js';
import { OPTIMIZER_KINDS } from './optimizer.js';
import { STEP_KINDS } from './schema.js';

const closed = { additionalProperties: false } as const;
const Strings = Type.Array(Type.String());

/** An expression tree: numbers, symbols, arithmetic, allow-listed functions and one level of vector. */
const Tree = Type.Recursive(
  (Node) =>
    Type.Union([
      Type.Object({ type: Type.Literal('number'), value: Type.Number(), text: Type.Optional(Type.String()) }, closed),
      Type.Object({ type: Type.Literal('symbol'), name: Type.String() }, closed),
      Type.Object({ type: Type.Literal('neg'), arg: Node }, closed),
      Type.Object(
        {
          type: Type.Literal('binary'),
          op: Type.Union(['+', '-', '*', '/', '^'].map((op) => Type.Literal(op))),
          left: Node,
          right: Node,
        },
        closed,
      ),
      Type.Object(
        {
          type: Type.Literal('call'),
          fn: Type.Union(Object.keys(FUNCTIONS).map((f) => Type.Literal(f))),
          args: Type.Array(Node),
        },
        closed,
      ),
      Type.Object({ type: Type.Literal('vector'), items: Type.Array(Node) }, closed),
    ]),
  { $id: 'Node', description: 'An expression tree.' },
);

const NumberValue = Type.Object(
  {
    type: Type.Literal('number'),
    value: Type.Number(),
    fraction: Type.Optional(Type.Tuple([Type.Integer(), Type.Integer()], { description: 'Exact as p/q.' })),
  },
  closed,
);
const VectorValue = Type.Object({ type: Type.Literal('vector'), components: Type.Array(NumberValue) }, closed);
const ExpressionValue = Type.Object({ type: Type.Literal('expression'), tree: Tree }, closed);
const ExpressionsValue = Type.Object({ type: Type.Literal('expressions'), trees: Type.Array(Tree) }, closed);
const OptionValue = Type.Object({ type: Type.Literal('option'), id: Type.String() }, closed);
const OptionsValue = Type.Object({ type: Type.Literal('options'), ids: Strings }, closed);
const MatrixValue = Type.Object(
  { type: Type.Literal('matrix'), rows: Type.Array(Type.Array(Type.Union([NumberValue, ExpressionValue]))) },
  { ...closed, description: 'A matrix, row by row.' },
);
const Quantity = Type.Union(
  [NumberValue, VectorValue, ExpressionValue, ExpressionsValue, OptionValue, OptionsValue, MatrixValue],
  {
    description: 'An answer as data.',
  },
);

const Tolerance = Type.Object(
  {
    absolute: Type.Optional(Type.Number()),
    relative: Type.Optional(Type.Number()),
    places: Type.Optional(Type.Integer()),
    sigFigs: Type.Optional(Type.Integer()),
    plainNumber: Type.Optional(Type.Boolean()),
  },
  closed,
);

const answer = (type: string, expected: TSchema, extra: Record<string, TSchema>) =>
  Type.Object({ type: Type.Literal(type), expected, text: Type.String(), ...extra }, closed);

const Language = Type.Union(LOCALES.map((l) => Type.Literal(l)));
/** The parts the teacher wrote, in `proseLanguage`, of a lesson compiled in another language. */
const Written = Type.Array(Type.Union(WRITTEN_PARTS.map((w) => Type.Literal(w))), { uniqueItems: true });

const Answer = Type.Union([
  answer('expr', ExpressionValue, { vars: Strings }),
  answer('value', NumberValue, { tolerance: Tolerance }),
  answer('vector', Type.Union([VectorValue, ExpressionsValue]), { vars: Strings, tolerance: Tolerance }),
  answer('matrix', MatrixValue, { vars: Strings, tolerance: Tolerance }),
  answer('choice', Type.Union([OptionValue, OptionsValue]), {
    options: Type.Array(Type.Object({ id: Type.String(), label: Type.String() }, closed)),
  }),
]);

const Step = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union(STEP_KINDS.map((k) => Type.Literal(k))),
    role: Type.Union(STEP_ROLES.map((r) => Type.Literal(r))),
    t: Type.Optional(Type.Integer({ minimum: 0, description: 'The t of the iterate θₜ the answer is at.' })),
    title: Type.String(),
    noun: Type.String(),
    prompt: Type.String(),
    answer: Answer,
    answerLatex: Type.String(),
    solution: Strings,
    hints: Strings,
    feedback: Type.Object({ correct: Type.String(), incorrect: Type.String() }, closed),
    misconceptions: Type.Array(
      Type.Object(
        { id: Type.String(), name: Type.String(), answer: Quantity, text: Type.String(), feedback: Type.String() },
        closed,
      ),
    ),
    written: Type.Optional(Written),
    carry: Type.Optional(
      Type.Object(
        {
          inputs: Type.Array(
            Type.Object(
              { symbol: Type.String(), step: Type.String(), component: Type.Optional(Type.Integer({ minimum: 1 })) },
              closed,
            ),
          ),
          template: Tree,
          bind: Type.Optional(Type.Record(Type.String(), Type.Number())),
        },
        { ...closed, description: 'Error carried forward: the answer as a tree over the learner’s earlier answers.' },
      ),
    ),
  },
  closed,
);

const RenderedProse = Type.Record(Type.String(), Type.String(), {
  description: 'Prose and math rendered at compile time: a key for each Markdown source or formula → its HTML.',
});

const Exercise = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    statement: Type.String(),
    written: Type.Optional(Written),
    seed: Type.Integer(),
    parameters: Type.Record(Type.String(), Type.Number()),
    function: Type.Optional(
      Type.Object(
        {
          latex: Type.String(),
          text: Type.String(),
          variables: Strings,
          name: Type.String(),
          tree: Tree,
          gradient: Type.Array(Tree),
        },
        { ...closed, description: 'The function descended; absent for a set of questions only.' },
      ),
    ),
    start: Type.Optional(Type.Array(Type.Number())),
    learningRate: Type.Optional(Type.Number()),
    rateSymbol: Type.Optional(Type.Literal('η', { description: 'The learning rate’s name when the lesson writes η.' })),
    path: Type.Optional(Type.Array(Type.Array(Type.Number()), { description: 'An optimiser’s iterates θ₀, θ₁, ….' })),
    comparison: Type.Optional(
      Type.Array(
        Type.Object(
          {
            optimizer: Type.Union(OPTIMIZER_KINDS.map((k) => Type.Literal(k))),
            own: Type.Optional(Type.Literal(true)),
            learningRate: Type.Number(),
            path: Type.Array(Type.Array(Type.Number())),
          },
          closed,
        ),
        { description: 'Other optimisers’ iterates from the same start (compare:), for the comparison plot.' },
      ),
    ),
    steps: Type.Array(Step),
    html: Type.Optional(RenderedProse),
  },
  closed,
);

export const CompiledLessonSchema = Type.Object(
  {
    format: Type.Literal(FORMAT_VERSION),
    id: Type.String(),
    title: Type.String(),
    language: Type.Optional(Language),
    proseLanguage: Type.Optional(Language),
    introduction: Type.String(),
    policy: Type.Object(
      {
        attempts: Type.Integer(),
        hintCost: Type.Number(),
        solutionCost: Type.Number(),
        retryCost: Type.Number(),
        carriedForwardCredit: Type.Number(),
        unlock: Type.Union([Type.Literal('sequential'), Type.Literal('free')]),
      },
      closed,
    ),
    exercises: Type.Array(Exercise),
    html: Type.Optional(RenderedProse),
  },
  {
    ...closed,
    title: 'gd-tutor compiled lesson',
    description: `A lesson compiled by gd-tutor (format ${FORMAT_VERSION}): lessons/<id>/<variant>.json.`,
  },
);

/** The schema as plain JSON. */
export function compiledLessonJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...(JSON.parse(JSON.stringify(CompiledLessonSchema)) as object),
  };
}
