/**
 * The lesson format, defined once: the TypeScript types of a lesson file and
 * the JSON Schema that editors use to complete and check it both come from the
 * definitions below (`npm run schema` writes schema/lesson.schema.json).
 * This is the shape of the file as written; lessons.ts turns it into a
 * validated lesson, a different type.
 */
import { LOCALES } from '../messages/catalogue.js';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CompareSchema } from './comparison.js';
import { OptimizerSchema, ScheduleSchema } from './optimizer-file.js';
import { STATE_NAMES } from './optimizer.js';
import { MODEL_LOSSES } from './model-loss.js';
import { CHOICE_STEP, NUMBER_STEP } from './question-file.js';

const closed = { additionalProperties: false } as const;

/** A number, or an expression over the exercise's parameters (`"a + 1"`). */
const Scalar = Type.Union([Type.Number(), Type.String()], {
  description: 'A number, or an expression over the parameters, e.g. "a/10".',
});

export const ToleranceSchema = Type.Object(
  {
    absolute: Type.Optional(Type.Number({ minimum: 0, description: 'Accept |answer − value| ≤ this.' })),
    relative: Type.Optional(Type.Number({ minimum: 0, description: 'Accept |answer − value| ≤ this × |value|.' })),
    places: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 12, description: 'Accept answers right to this many decimal places.' }),
    ),
    sig_figs: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 15,
        description: 'Accept answers that show at least this many significant figures and agree to them.',
      }),
    ),
    plain_number: Type.Optional(
      Type.Boolean({ description: 'Require a plain number (2.4), not a calculation (3 − 0.6).' }),
    ),
  },
  {
    ...closed,
    description:
      'How close a hand-computed number must be (any one bound met is enough). Default: sig_figs 3. On a lesson or an exercise, the default for its steps.',
  },
);

const Rule = Type.Object(
  {
    answer: Type.String({ description: 'An answer (in the exercise’s variables) that deserves its own feedback.' }),
    say: Type.String({ description: 'The feedback for that answer (Markdown, $…$ for math).' }),
  },
  closed,
);

const Feedback = Type.Object(
  {
    correct: Type.Optional(Type.String({ description: 'Replaces the generated confirmation.' })),
    incorrect: Type.Optional(Type.String({ description: 'Replaces the generated message for a wrong answer.' })),
    misconceptions: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: 'Replaces the feedback of a named misconception, e.g. {sign: "…"}.',
      }),
    ),
  },
  closed,
);

/** What every step may carry besides its kind. */
const common = {
  id: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_-]*$', description: 'A stable id; generated when absent.' })),
  prompt: Type.Optional(Type.String({ description: 'Replaces the generated question (Markdown, $…$ for math).' })),
  hints: Type.Optional(Type.Array(Type.String(), { description: 'Hints, shown one at a time, in order.' })),
  feedback: Type.Optional(Feedback),
  rules: Type.Optional(Type.Array(Rule, { description: '“If the answer equals this, say that” rules.' })),
  tolerance: Type.Optional(ToleranceSchema),
  expected: Type.Optional(
    Type.Union([Type.Number(), Type.String(), Type.Array(Type.Number())], {
      description: 'The answer as the teacher computed it. Optional: it is verified against the derivation.',
    }),
  ),
};

/** The longest iteration table: each row is four questions. */
export const MAX_TABLE_ROWS = 100;

const after = Type.Optional(
  Type.Integer({ minimum: 0, maximum: 1000, description: 'At the iterate θₜ after this many steps (0: the start).' }),
);
const wrt = Type.String({ description: 'The variable to differentiate with respect to.' });

const atPoint = {
  at: Type.Optional(Type.Array(Type.Number(), { minItems: 1, description: 'The point, one coordinate per variable.' })),
  critical: Type.Optional(
    Type.Integer({ minimum: 1, description: 'At the k-th critical point (in the order critical_points lists them).' }),
  ),
};

/** Where a curvature bound or the critical points are sought, for a function that is not a quadratic. */
const interval = Type.Optional(
  Type.Tuple([Type.Number(), Type.Number()], {
    description: 'An interval [low, high] of the one variable, e.g. [-2, 10].',
  }),
);
const region = {
  interval,
  box: Type.Optional(
    Type.Array(Type.Tuple([Type.Number(), Type.Number()]), {
      minItems: 1,
      description: 'A box, one [low, high] per variable, e.g. [[-1, 1], [-1, 1]].',
    }),
  ),
};

function step<K extends string, P extends Record<string, TSchema>>(kind: K, description: string, props: P) {
  // A kind's own properties come last: a table refines what its hints may be.
  const properties = { ...common, ...props } as Omit<typeof common, keyof P> & P;
  return Type.Object({ kind: Type.Literal(kind), ...properties }, { ...closed, description });
}

export const STEP_SCHEMAS = [
  step('partial', 'The partial derivative ∂f/∂wrt, as an expression.', { wrt }),
  step('partial_value', 'The partial derivative ∂f/∂wrt at the point, as a number.', { wrt, after }),
  step('gradient', 'The gradient at the point, as a vector (symbolic: true for the vector of expressions).', {
    after,
    symbolic: Type.Optional(Type.Boolean()),
  }),
  step('negative_gradient', 'The negative gradient −∇f at the point: the direction of steepest descent.', { after }),
  step('norm', 'The Euclidean norm ‖∇f‖ of the gradient at the point.', { after }),
  step('step', 'The step α∇f that the update subtracts.', { after }),
  step('update', 'The next iterate θₜ₊₁ = θₜ − α∇f(θₜ).', { after }),
  step('loss', 'The value of the function at the point (after: 1 for the loss after one step).', { after }),
  step('iterate', 'The iterate θₜ after `after` steps from the start.', {
    after: Type.Integer({ minimum: 1, maximum: 1000 }),
  }),
  step('table', 'Rows of the iteration table: θₜ, f(θₜ), ∇f(θₜ), θₜ₊₁ for t = 0 … rows − 1, or for the t listed.', {
    rows: Type.Union(
      [
        Type.Integer({ minimum: 1, maximum: MAX_TABLE_ROWS, description: 'Rows for t = 0 … rows − 1.' }),
        Type.Array(Type.Integer({ minimum: 0, maximum: 1000 }), {
          minItems: 1,
          maxItems: MAX_TABLE_ROWS,
          description: 'The t of each row, increasing, e.g. [0, 1, 2, 3, 4, 5, 20].',
        }),
      ],
      { description: 'How many rows (t = 0, 1, …), or the list of t.' },
    ),
    values: Type.Optional(
      Type.Array(Type.Array(Type.Union([Type.Number(), Type.Array(Type.Number())])), {
        description:
          'The table as the teacher computed it, one row per iterate; verified. A number with k decimals is right when the derivation rounds to it.',
      }),
    ),
    hints: Type.Optional(
      Type.Union(
        [
          Type.Array(Type.String()),
          Type.Record(Type.String(), Type.Array(Type.String()), {
            description:
              'Hints per column (theta, loss, gradient, next) or per cell ("2.next"); a cell’s own come first.',
          }),
        ],
        { description: 'Hints for every cell, or per column or cell.' },
      ),
    ),
  }),
  step('limit', 'The point gradient descent converges to.', {}),
  step('limit_loss', 'The value of the function at the point gradient descent converges to.', {}),
  step(
    'regime',
    'What gradient descent does at this learning rate: slow, converges, one_step, oscillates, flips, diverges.',
    {
      learning_rate: Type.Optional(Scalar),
    },
  ),
  step('decrease', 'The first-order predicted change of the loss in one step, −α‖∇f‖².', { after }),
  step(
    'max_rate',
    'The largest learning rate 1/L that guarantees descent: on an L-smooth quadratic, or on an `interval` or `box`.',
    region,
  ),
  step(
    'lipschitz',
    'The smoothness constant L on an `interval` (the largest |f″|) or a `box` (the largest |λ| of the Hessian); a quadratic needs neither.',
    region,
  ),
  step(
    'convex',
    'Whether the function is convex (its Hessian positive semidefinite everywhere): a choice the engine decides, or refuses when it cannot.',
    {},
  ),
  step(
    'factor',
    'One factor of a chain rule through the `where` levels, ∂of/∂wrt (the other inputs held fixed), at the start; of the function with respect to a variable, the whole product (a sum over paths, as backpropagation accumulates it), with the learner’s earlier factors carried forward.',
    {
      of: Type.Optional(Type.String({ description: 'The function’s name (default) or a name under where, e.g. a.' })),
      wrt: Type.Union(
        [
          Type.String({ description: 'A name under where, or a variable, e.g. z or w.' }),
          Type.Array(Type.String(), {
            minItems: 1,
            maxItems: 6,
            description:
              'Several, for the vector of factors (∂L/∂s₁, ∂L/∂s₂): a layer’s δ, or W₂ᵀδ when the names are a layer’s inputs.',
          }),
        ],
        { description: 'A name under where or a variable, or a list of them for a vector answer.' },
      ),
    },
  ),
  step('forward', 'The value of one or several `where` levels at the start: the forward pass, a number or a vector.', {
    of: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1, maxItems: 6 })], {
      description: 'A name under where, e.g. h_1, or a list of them, e.g. [h_1, h_2].',
    }),
  }),
  step(
    'matrix_gradient',
    'The gradient with respect to a matrix variable X, laid out like X (∇ of ‖X‖²_F is 2X); the variables are X’s entries, row by row.',
    {
      shape: Type.Optional(
        Type.Tuple([Type.Integer({ minimum: 1 }), Type.Integer({ minimum: 1 })], {
          description: 'X’s rows and columns, e.g. [2, 3]; default square.',
        }),
      ),
    },
  ),
  step(
    'newton_steps',
    'How many Newton steps reach the critical point from the start: one (a quadratic), several, or never; a choice.',
    {},
  ),
  step('state', 'The optimiser’s state after `after` steps (v₁, m₁, m̂₁…), or the rate αₜ of the step from θₜ.', {
    of: Type.Union(
      STATE_NAMES.map((n) => Type.Literal(n)),
      { description: 'velocity (momentum), m, v, m_hat, v_hat (adam), s (rmsprop), G (adagrad), rate (αₜ).' },
    ),
    after,
  }),
  step(
    'iterations_to',
    'How many steps until ‖∇f(θₜ)‖ (gradient_norm) or |f(θₜ) − f*| (loss_gap) is under a tolerance.',
    {
      gradient_norm: Type.Optional(
        Type.Number({ exclusiveMinimum: 0, description: 'The tolerance on ‖∇f‖ (default 1e-6).' }),
      ),
      loss_gap: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'The tolerance on |f − f*| instead.' })),
    },
  ),
  step('decrease_bound', 'The decrease α/2·‖∇f‖² one step is guaranteed for α ≤ 1/L.', { after }),
  step(
    'sgd',
    'One stochastic step from the start on one example of a model’s data, or on a mini-batch drawn per learner.',
    {
      example: Type.Optional(Type.Integer({ minimum: 1, description: 'The example (1 for the first row).' })),
      batch: Type.Optional(
        Type.Integer({ minimum: 1, description: 'The mini-batch size; its examples are drawn per learner.' }),
      ),
    },
  ),
  step('choice', CHOICE_STEP.description, CHOICE_STEP.props),
  step('number', NUMBER_STEP.description, NUMBER_STEP.props),
  // Second order (issue 14): at `at` or the `critical`-th critical point; without either, hessian and
  // second_derivative ask for expressions, eigenvalues and classify are at the start θ₀ (or anywhere, for a quadratic).
  step('second_derivative', 'f″ of a function of one variable: an expression, or its value at a point.', atPoint),
  step('hessian', 'The Hessian, the matrix of second partials: of expressions, or its value at a point.', atPoint),
  step('eigenvalues', 'The eigenvalues of the Hessian at the point (2 or 3 variables), smallest first.', atPoint),
  step('classify', 'A critical point as minimum, maximum, saddle or undecided by the second-derivative test.', atPoint),
  step('value_at', 'The value of the function at the point.', atPoint),
  step(
    'critical_points',
    'Every critical point: each x, increasing, in one variable (on `interval` for a function that is not a polynomial); the points of a quadratic or a cubic in two variables.',
    { interval },
  ),
  step('newton', 'One Newton step θ₁ = θ₀ − H⁻¹∇f(θ₀) from the start.', {}),
  step(
    'directional',
    'The directional derivative ∇f·u along `direction` (made a unit vector), or the change ∇f·Δv for `move`.',
    {
      after,
      direction: Type.Optional(
        Type.Array(Type.Number(), { minItems: 1, description: 'A direction; it is normalised.' }),
      ),
      move: Type.Optional(Type.Array(Type.Number(), { minItems: 1, description: 'A small move Δv.' })),
    },
  ),
  step('unit_direction', 'The steepest-descent direction as a unit vector, −∇f/‖∇f‖.', { after }),
  step(
    'jacobian',
    'The Jacobian of the map `map` (one expression per output, in the variables), or its value `at` a point.',
    {
      map: Type.Array(Type.String(), {
        minItems: 1,
        description: 'The outputs, e.g. ["x1 + 2*x2", "3*x1 + 4*x2"] for Ax.',
      }),
      layout: Type.Optional(
        Type.Union([Type.Literal('numerator'), Type.Literal('denominator')], {
          description: 'numerator (default): row i is ∇ of output i, so ∇ₓ(Ax) = A; denominator: its transpose, Aᵀ.',
        }),
      ),
      at: atPoint.at,
    },
  ),
] as const;

export const StepSchema = Type.Union([...STEP_SCHEMAS], { description: 'One question of an exercise.' });

const Parameter = Type.Union(
  [
    Type.Object(
      { integer: Type.Tuple([Type.Integer(), Type.Integer()]) },
      { ...closed, description: 'An integer in [min, max], e.g. {integer: [1, 5]}' },
    ),
    Type.Object(
      {
        decimal: Type.Tuple([Type.Number(), Type.Number()]),
        places: Type.Optional(Type.Integer({ minimum: 0, maximum: 6 })),
      },
      {
        ...closed,
        description: 'A decimal in [min, max] with this many places (default 1), e.g. {decimal: [0.1, 0.9], places: 1}',
      },
    ),
    Type.Object(
      { choice: Type.Array(Type.Number(), { minItems: 1 }) },
      { ...closed, description: 'One of these numbers, e.g. {choice: [0.1, 0.2]}' },
    ),
  ],
  { description: 'A number drawn per variant.' },
);

const Constraint = Type.Union(
  [
    Type.Literal('not_minimum', { description: 'The start is not a stationary point.' }),
    Type.Literal('loss_decreases', { description: 'One step lowers the loss.' }),
    Type.Literal('converges', { description: 'Gradient descent converges from the start.' }),
    Type.Object({ positive: Type.String() }, { ...closed, description: 'This expression is > 0.' }),
    Type.Object({ nonzero: Type.String() }, { ...closed, description: 'This expression is ≠ 0.' }),
    Type.Object({ distinct: Type.Array(Type.String(), { minItems: 2 }) }, { ...closed, description: 'These differ.' }),
  ],
  { description: 'A condition every variant must meet.' },
);

const Model = Type.Object(
  {
    prediction: Type.String({
      description: 'The model’s prediction in its parameters and the data columns, e.g. "w*x + b".',
    }),
    data: Type.Record(Type.String(), Type.Array(Type.Number(), { minItems: 1 }), {
      description: 'Columns of the data set, e.g. {x: [1, 2, 3], y: [2, 3, 5]}; the target column is y.',
    }),
    target: Type.Optional(Type.String({ description: 'The column the model predicts (default y).' })),
    loss: Type.Optional(
      Type.Union(
        MODEL_LOSSES.map((l) => Type.Literal(l)),
        {
          description:
            'mse_half: J = (1/2n) Σ (prediction − y)² (default); mse: (1/n) Σ; cross_entropy: −(1/n) Σ [y log p + (1 − y) log(1 − p)] with the prediction p a probability, e.g. sigmoid(w*x + b).',
        },
      ),
    ),
  },
  { ...closed, description: 'A model fitted to its data by a loss: the mean squared error, or the cross-entropy.' },
);

/** How the lesson writes the learning rate: α (the default) or η, as many machine-learning books do. */
const RateSymbol = Type.Union([Type.Literal('alpha'), Type.Literal('eta')], {
  description:
    'How the text names the learning rate: alpha (α) or eta (η). Default: η when the lesson’s own prose writes η and never α, else α.',
});

export const ExerciseSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9_-]*$' }),
    title: Type.String(),
    statement: Type.Optional(Type.String({ description: 'The problem in words (Markdown); generated when absent.' })),
    name: Type.Optional(
      Type.String({ pattern: '^[A-Za-z]$', description: 'The function’s name in the text: f (default) or J, L…' }),
    ),
    function: Type.Optional(
      Type.String({
        description:
          'The function to descend, e.g. "x^2 + y^2". A set of questions only (choice and number steps) needs none.',
      }),
    ),
    rate_symbol: Type.Optional(RateSymbol),
    model: Type.Optional(Model),
    matrix: Type.Optional(
      Type.Object(
        {
          A: Type.Optional(
            Type.Array(Type.Array(Scalar, { minItems: 1 }), {
              minItems: 1,
              description: 'The matrix (rows); not needed for norm_squared.',
            }),
          ),
          form: Type.Union([Type.Literal('quadratic'), Type.Literal('linear'), Type.Literal('norm_squared')], {
            description: 'quadratic: xᵀAx; linear: (Ax)ᵢ for row; norm_squared: ‖x‖².',
          }),
          row: Type.Optional(Type.Integer({ minimum: 1 })),
        },
        { ...closed, description: 'A function of x1…xn from matrix calculus.' },
      ),
    ),
    where: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: 'Inner functions for the chain rule, e.g. {z: "w*x"} with function "(z - y)^2".',
      }),
    ),
    variables: Type.Optional(
      Type.Array(Type.String(), {
        minItems: 1,
        description: 'The variables descended over, e.g. [x, y]. A set of questions only (choice, number) needs none.',
      }),
    ),
    start: Type.Optional(
      Type.Array(Scalar, { minItems: 1, description: 'The start point θ₀, one entry per variable.' }),
    ),
    learning_rate: Type.Optional(
      Type.Union([Scalar, Type.Array(Scalar, { minItems: 1 })], {
        description:
          'The learning rate α: one number, or one per variable (per-coordinate rates, θ − α ⊙ ∇f, e.g. [0.1, 0.5]; plain gradient descent only).',
      }),
    ),
    optimizer: Type.Optional(OptimizerSchema),
    schedule: Type.Optional(ScheduleSchema),
    compare: Type.Optional(CompareSchema),
    constants: Type.Optional(
      Type.Record(Type.String(), Scalar, {
        description:
          'Named numbers the function, start, rate and statement ({{name}}) may use, e.g. {c: 3}; over the lesson’s constants of the same name.',
      }),
    ),
    parameters: Type.Optional(Type.Record(Type.String(), Parameter, { description: 'Numbers drawn per variant.' })),
    constraints: Type.Optional(Type.Array(Constraint)),
    tolerance: Type.Optional(ToleranceSchema),
    steps: Type.Array(StepSchema, { minItems: 1 }),
  },
  { ...closed, description: 'One problem, asked step by step.' },
);

export const PolicySchema = Type.Object(
  {
    attempts: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Attempts before the solution is offered (default 3).' }),
    ),
    hint_cost: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: 'Credit a hint costs (default 0.1).' }),
    ),
    solution_cost: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: 'Credit a revealed solution costs (default 1).' }),
    ),
    retry_cost: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: 'Credit each wrong attempt costs (default 0.1).' }),
    ),
    carried_forward_credit: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'Credit for an answer right from the learner’s own earlier answers (default 1).',
      }),
    ),
    unlock: Type.Optional(
      Type.Union([Type.Literal('sequential'), Type.Literal('free')], { description: 'Steps one by one, or all open.' }),
    ),
  },
  closed,
);

export const LessonSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.String({ pattern: '^[a-z][a-z0-9_-]*$' }),
    title: Type.String(),
    language: Type.Optional(
      Type.Union(
        LOCALES.map((l) => Type.Literal(l)),
        {
          description:
            'The language the lesson is written in (default en): the engine writes its prompts, hints, feedback and solutions in it.',
        },
      ),
    ),
    introduction: Type.Optional(Type.String({ description: 'Markdown, with $…$ and $$…$$ for math.' })),
    rate_symbol: Type.Optional(RateSymbol),
    constants: Type.Optional(
      Type.Record(Type.String(), Scalar, {
        description:
          'Named numbers every exercise may use (a number, or an expression of numbers and other constants); an exercise’s own constants override them, e.g. {d: 10, c: "2*d"}.',
      }),
    ),
    policy: Type.Optional(PolicySchema),
    tolerance: Type.Optional(ToleranceSchema),
    exercises: Type.Array(ExerciseSchema, { minItems: 1 }),
  },
  { ...closed, title: 'gd-tutor lesson', description: 'A lesson file of gd-tutor (content/*.yaml).' },
);

export type LessonFile = Static<typeof LessonSchema>;
export type ExerciseFile = Static<typeof ExerciseSchema>;
export type StepFile = Static<typeof StepSchema>;
export type StepKind = StepFile['kind'];
export type ToleranceFile = Static<typeof ToleranceSchema>;
export type PolicyFile = Static<typeof PolicySchema>;
export type ParameterFile = NonNullable<ExerciseFile['parameters']>[string];
export type ConstraintFile = NonNullable<ExerciseFile['constraints']>[number];

export const STEP_KINDS: readonly StepKind[] = STEP_SCHEMAS.map((s) => s.properties.kind.const);

/** The schema as plain JSON, for editors. */
export function lessonJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...(JSON.parse(JSON.stringify(LessonSchema)) as object),
  };
}
