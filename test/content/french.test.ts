/**
 * A lesson in French: the engine's prompts, hints, solutions, feedback and named mistakes are French, with
 * the decimal comma in numbers and a semicolon between a vector's components (as the checker reads them in
 * fr); the lesson says `language: fr`, or `gd-tutor solve --locale fr` asks for it.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson, STEP_KINDS, type CompiledLesson } from '../../src/content/index.js';
import { contentFiles, lessonFromContent, openSession } from '../tutor/fixtures.js';
import { carriedStrings, leaks, spokenStrings, visibleStrings } from './visible-strings.js';
import { englishLeft } from './english-left.js';
import { SWEPT } from './swept-lessons.js';
import { runCli } from '../cli/run.js';

const FRENCH = `id: bol
title: Un pas dans le bol
language: fr
exercises:
  - id: un-pas
    title: Un pas
    name: J
    function: x^2 + y^2
    variables: [x, y]
    start: [3, 4]
    learning_rate: 0.1
    steps:
      - kind: gradient
      - kind: update
      - kind: loss
        after: 1
`;

function compiled(text: string): CompiledLesson {
  const r = loadLesson('bol.yaml', text);
  if (!r.lesson) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.lesson;
}

/** An answer as a French learner types it: decimal commas, and a semicolon between components. */
const typedInFrench = (text: string) =>
  text
    .replace(/(\d)\.(\d)/g, '$1,$2')
    .replace(/^\[(.*)\]$/, (_, inner: string) => `(${inner.split(', ').join(' ; ')})`);

describe('a lesson with language: fr', () => {
  const lesson = compiled(FRENCH);
  const [gradient, update, loss] = lesson.exercises[0]!.steps;

  it('is compiled in French, numbers with a decimal comma and vectors with a semicolon', () => {
    expect(lesson.language).toBe('fr');
    expect(lesson.exercises[0]!.statement).toBe(
      'Soit $J(x, y) = x^{2} + y^{2}$. Dans cet exercice, la descente de gradient part de $\\theta_0 = \\left(3 ; 4\\right)$ avec le taux d’apprentissage $\\alpha = 0{,}1$.',
    );
    expect(update!.prompt).toBe(
      'Faites un pas de descente de gradient depuis $\\theta_{0} = \\left(3 ; 4\\right)$ avec $\\alpha = 0{,}1$ : que vaut $\\theta_{1}$ ? Donnez les nombres avec au moins 3 chiffres significatifs.',
    );
    expect(update!.solution.at(-1)).toBe(
      '$= \\left(3 ; 4\\right) - 0{,}1 \\cdot \\left(6 ; 8\\right) = \\left(3 ; 4\\right) - \\left(0{,}6 ; 0{,}8\\right) = \\left(2{,}4 ; 3{,}2\\right)$',
    );
    expect(update!.misconceptions.map((m) => m.name)).toEqual([
      'le signe de la mise à jour',
      'le taux d’apprentissage oublié',
      'le pas seul',
      'le pas seul, changé de signe',
      'divisé par le taux d’apprentissage',
      'composantes inversées',
    ]);
    expect(gradient!.hints[1]).toBe('Le gradient a 2 composantes, une par variable.');
    expect(loss!.feedback.correct).toBe('Juste : la perte est passée de $25$ à $16$.');
    expect(loss!.prompt).toBe(
      'Que vaut $J$ en $\\theta_{1}$ (après 1 pas) ? Donnez les nombres avec au moins 3 chiffres significatifs.',
    );
  });

  it('speaks French to a learner: a named mistake, a carried-forward answer, the deductions', () => {
    const s = openSession(lesson, 'un-pas', undefined, 'fr');
    expect(s.answer('gradient', '(6 ; 9)').kind).toBe('incorrect');
    expect(s.answer('update', '(2,4 ; 3,1)')).toMatchObject({
      kind: 'carried',
      message:
        'Cela découle de votre gradient $\\left(6; 9\\right)$ ; la deuxième composante de votre gradient est fausse.',
    });
    expect(s.answer('update', '(3,6 ; 4,8)')).toMatchObject({
      kind: 'misconception',
      message:
        'Vous êtes monté : la mise à jour soustrait le gradient, $\\theta - \\alpha\\nabla J$, car le gradient pointe vers le haut.',
    });
    expect(s.view().steps[0]!.deductions).toEqual([]);
    s.answer('gradient', '(6 ; 8)');
    expect(s.view().steps[0]!.deductions.map((d) => d.text)).toEqual(['1 essai faux : −0,1']);
  });
});

describe('a Jacobian step in a French lesson', () => {
  const lesson = compiled(`id: j
title: Jacobiennes
language: fr
exercises:
  - id: ax
    title: Ax
    function: x^2 + y^2
    variables: [x, y]
    steps:
      - kind: jacobian
        map: ['x + 2*y', '3*x + 4*y']
        layout: denominator
`);
  const jacobian = lesson.exercises[0]!.steps[0]!;

  it('is worded in French: title, prompt, hints, worked solution, the named layout mistake', () => {
    expect(jacobian.title).toBe('Jacobienne');
    expect(jacobian.prompt).toMatch(
      /^Trouvez la jacobienne de l’application \$\(x, y\) \\mapsto \\left\(x \+ 2y ; 3x \+ 4y\\right\)\$, en disposition dénominateur : la colonne \$i\$ est le gradient de la sortie \$i\$/,
    );
    expect(jacobian.hints).toEqual([
      'Dérivez chaque sortie par rapport à chaque variable.',
      'La colonne $i$ contient les dérivées partielles de la sortie $i$.',
    ]);
    expect(jacobian.solution[0]).toBe(
      'Les dérivées partielles de chaque sortie : $\\nabla f_{1} = \\left(1 ; 2\\right)$, $\\nabla f_{2} = \\left(3 ; 4\\right)$.',
    );
    expect(jacobian.feedback.correct).toBe('Juste : c’est la jacobienne en disposition dénominateur.');
    expect(jacobian.misconceptions.map((m) => m.name)).toEqual(['l’autre disposition']);
  });

  it('names the transpose to a French learner who types the matrix in row notation', () => {
    const s = openSession(lesson, 'ax', undefined, 'fr');
    expect(s.answer(jacobian.id, '[1 2; 3 4]')).toMatchObject({
      kind: 'misconception',
      message:
        'C’est la transposée : cette leçon utilise la disposition dénominateur, où la colonne $i$ contient les dérivées partielles de la sortie $i$ (donc $\\nabla_x(Ax) = A^{\\top}$).',
    });
    expect(s.answer(jacobian.id, '[1 3; 2 4]').kind).toBe('correct');
  });
});

describe('every lesson of content/ compiled in French', () => {
  it.each(contentFiles())('%s: no LaTeX source outside math, and every typed mistake named', (file) => {
    const lesson = lessonFromContent(file, 0, 'fr');
    expect(leaks(visibleStrings(lesson))).toEqual([]);
    for (const e of lesson.exercises) {
      const s = openSession(lesson, e.id, undefined, 'fr');
      for (const step of e.steps) {
        for (const m of step.misconceptions) {
          const g = s.answer(step.id, typedInFrench(m.text));
          expect(g.kind === 'misconception' ? g.misconception.id : g.kind, `${e.id} › ${step.id} ← ${m.text}`).toBe(
            m.id,
          );
        }
        expect(s.answer(step.id, typedInFrench(step.answer.text)).kind).toBe('correct');
      }
    }
  });
});

describe('gd-tutor solve --locale fr', () => {
  it('prints the French worked solution of an English lesson', async () => {
    const r = await runCli(['solve', 'content/bowl.yaml', '--exercise', 'one-step', '--locale', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Soit J(x, y) = x² + y². Dans cet exercice, la descente de gradient part de θ₀ = (3 ; 4) avec le taux d’apprentissage α = 0,1.',
    );
    expect(r.stdout).toContain('| = (3 ; 4) - 0,1 · (6 ; 8) = (3 ; 4) - (0,6 ; 0,8) = (2,4 ; 3,2)');
  });

  it('refuses a language the catalogue does not have, saying which it has', async () => {
    const r = await runCli(['solve', 'content/bowl.yaml', '--locale', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--locale takes one of en, fr, not “de”');
  });
});

const frenchLessons = new Map<string, CompiledLesson>();
function inFrench(file: string, text: string): CompiledLesson {
  let lesson = frenchLessons.get(file);
  if (!lesson) {
    const r = loadLesson(file, text, 0, { locale: 'fr' });
    if (!r.lesson) throw new Error(r.issues.map((i) => i.message).join('; '));
    frenchLessons.set(file, (lesson = r.lesson));
  }
  return lesson;
}

describe('no English left in a lesson compiled in French', () => {
  it('catches a sentence left in English, and not the teacher’s own words', () => {
    expect(
      englishLeft(
        [
          ['a correct', 'Juste : un vecteur unitaire. Right: a unit vector pointing straight downhill.'],
          ['a hint', 'Take the gradient first. Donnez les nombres avec 3 chiffres.'],
          ['a solution', '$\\nabla f = (1 ; 2)$ : le gradient en $x = 1$.'],
        ],
        'title: A bowl\nhints: [Take the gradient first.]\n',
      ),
    ).toEqual(['a correct: “right”', 'a correct: “a unit vector pointing straight downhill”']);
  });

  it.each(SWEPT)('%s: every generated sentence a learner sees is French', (file, text) => {
    const lesson = inFrench(file, text);
    expect(englishLeft([...visibleStrings(lesson), ...spokenStrings(lesson, 'fr')], text)).toEqual([]);
  });

  it('sweeps the sentences of error carried forward too, an iteration table’s cells among them', () => {
    const [file, text] = SWEPT.find(([f]) => f === 'one-variable.yaml')!;
    expect(carriedStrings(inFrench(file, text), 'fr')).toContainEqual([
      'iteration-table › table-1-theta ← 4 (carried)',
      'Cela découle de votre itéré suivant $4$ ; votre itéré suivant n’est pas juste.',
    ]);
  });

  it('sweeps every step kind: each one is asked by some lesson above', () => {
    const asked = new Set(
      SWEPT.flatMap(([f, t]) => inFrench(f, t).exercises.flatMap((e) => e.steps.map((s) => s.kind))),
    );
    expect(STEP_KINDS.filter((k) => !asked.has(k))).toEqual([]);
  });
});
