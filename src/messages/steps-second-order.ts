/**
 * The words of the curvature steps (src/content/steps/second-order.ts): f″ as an expression or at a point, a
 * function's value at a point, the Hessian, its eigenvalues, and the second-derivative test. Parameters are
 * LaTeX fragments (`f` is the function's name as the lesson writes it; `fn` is "f(x, y) = x^2 + y^2"), and
 * `where` is a point already in math delimiters ("$x = 1$").
 */
import { defineArea } from './catalogue.js';

type F = { f: string };
type Fn = { fn: string };

export const STEPS_SECOND_ORDER = defineArea('steps-second-order', {
  en: {
    // second_derivative
    first: (p: F & { x: string; d1: string }) => `First $${p.f}'(${p.x}) = ${p.d1}$.`,
    again: (p: { f2: string; d2: string }) => `Differentiate again: $${p.f2} = ${p.d2}$.`,
    secondPrompt: (p: Fn & { f2: string }) => `Find the second derivative $${p.f2}$ of $${p.fn}$.`,
    secondHint: "Differentiate once to get $f'$, then differentiate $f'$.",
    secondCorrect: (p: { f2: string; d2: string }) => `Right: $${p.f2} = ${p.d2}$.`,
    nameFirstDerivative: 'the first derivative',
    firstDerivative: "That is $f'$; differentiate it once more.",
    secondAtTitle: (p: F & { x: string; value: string }) => `${p.f}″ at $${p.x} = ${p.value}$`,
    secondAtPrompt: (p: Fn & { f2: string; where: string }) =>
      `Evaluate the second derivative $${p.f2}$ of $${p.fn}$ at ${p.where}.`,
    atPoint: (p: { where: string; working: string }) => `At ${p.where}: $${p.working}$.`,
    secondAtHint: 'Find $f″$ as an expression first, then put in the point.',
    secondAtCorrect: (p: { value: string }) => `Right: the curvature there is $${p.value}$.`,
    firstDerivativeAt: "That is $f'$ at the point; differentiate once more before putting the point in.",
    // value_at
    valueTitle: (p: F & { point: string }) => `${p.f} at $${p.point}$`,
    valuePrompt: (p: Fn & { where: string }) => `What is $${p.fn}$ at ${p.where}?`,
    valueHint: 'Put the point into the function.',
    valueCorrect: (p: F & { value: string }) => `Right: $${p.f}$ is $${p.value}$ there.`,
    // hessian
    hessianTitleAt: (p: { point: string }) => `H at $${p.point}$`,
    hessianPromptAt: (p: Fn & { where: string }) =>
      `Compute the Hessian of $${p.fn}$ at ${p.where}, as a matrix like [[a, b], [c, d]].`,
    hessianPrompt: (p: Fn) =>
      `Find the Hessian of $${p.fn}$, the matrix of second partial derivatives, written like [[a, b], [c, d]] or [a b; c d].`,
    hessianDefinition:
      'Row $i$, column $j$ of the Hessian is the derivative of the $i$-th partial with respect to the $j$-th variable:',
    hessianAt: (p: { where: string; matrix: string }) => `At ${p.where}: $H = ${p.matrix}$.`,
    hessianHint1: 'First find the gradient, one partial derivative per variable.',
    hessianHint2: 'Then differentiate each partial by each variable: row $i$ is the gradient of the $i$-th partial.',
    hessianCorrect: 'Right: the Hessian collects the second partials; it is symmetric, since the mixed partials agree.',
    nameNoMixed: 'the mixed partials left out',
    noMixed: (p: { mixed: string }) =>
      `The off-diagonal entries are the mixed partials, such as $${p.mixed}$: differentiate by one variable, then by the other. They are not zero here.`,
    // eigenvalues
    eigenTitle: (p: { point?: string }) => `eigenvalues of H${p.point ? ` at $${p.point}$` : ''}`,
    eigenPrompt: (p: Fn & { where?: string }) =>
      `What are the eigenvalues of the Hessian of $${p.fn}$${p.where ? ` at ${p.where}` : ''}? List them from smallest to largest, like (1, 3).`,
    eigenHessian: (p: { where?: string; matrix: string }) =>
      `The Hessian${p.where ? ` at ${p.where}` : ''} is $H = ${p.matrix}$.`,
    eigenSolve2: (p: { lambdas: readonly string[] }) =>
      `Its eigenvalues solve $\\det(H - \\lambda I) = 0$, that is $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$: $\\lambda = ${p.lambdas.join('$ and $')}$.`,
    eigenSolve: (p: { lambdas: readonly string[] }) =>
      `Its eigenvalues solve $\\det(H - \\lambda I) = 0$: $\\lambda = ${p.lambdas.join('$, $')}$.`,
    eigenMeaning: (p: { largest: string }) =>
      `They are the curvatures along the Hessian's axes; the largest, $L = ${p.largest}$, limits the learning rate ($\\alpha \\le 1/L$), and their ratio is how elongated the valley is (the zig-zag of descent).`,
    eigenOrdered: (p: { answer: string }) => `From smallest to largest: $${p.answer}$.`,
    eigenHint1: 'For a 2×2 matrix, the eigenvalues solve $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$.',
    eigenHint2: 'A diagonal matrix has its diagonal entries as eigenvalues.',
    eigenCorrect: (p: { lambdas: readonly string[] }, f) =>
      `Right: the eigenvalues are ${f.list(p.lambdas.map((l: string) => `$${l}$`))}.`,
    nameDiagonal: 'the diagonal entries',
    diagonal:
      'The diagonal entries are the eigenvalues only when the off-diagonal entries are zero; solve $\\det(H - \\lambda I) = 0$.',
    nameLargestFirst: 'largest first',
    largestFirst: 'These are the eigenvalues, but list them from smallest to largest.',
    // classify
    label_minimum: 'a local minimum',
    label_maximum: 'a local maximum',
    label_saddle: 'a saddle point',
    label_undecided: 'undecided by the test',
    classifyTitle: (p: { point: string }) => `classify $${p.point}$`,
    classifyPrompt: (p: Fn & { where: string }) =>
      `${p.where} is a critical point of $${p.fn}$. By the second-derivative test, what is it?`,
    evidenceOne: (p: F & { x: string; value: string }) => `$${p.f}''(${p.x}) = ${p.value}$ there`,
    evidenceMany: (p: { matrix: string; lambdas: string }) =>
      `the Hessian there is $${p.matrix}$, with eigenvalues $${p.lambdas}$`,
    reasonOne_minimum: 'positive: the graph curves up, so this is a local minimum.',
    reasonOne_maximum: 'negative: the graph curves down, so this is a local maximum.',
    reasonOne_saddle: 'of both signs: up in one direction and down in another, a saddle point.',
    reasonOne_undecided: 'zero: the test cannot decide; look at higher derivatives or at the values nearby.',
    reasonMany_minimum: 'all positive: the function curves up in every direction, a local minimum.',
    reasonMany_maximum: 'all negative: it curves down in every direction, a local maximum.',
    reasonMany_saddle: 'of both signs: up in one direction and down in another, a saddle point.',
    reasonMany_undecided: 'zero in some direction and of one sign otherwise: the test cannot decide.',
    classifySolution: (p: { where: string; evidence: string; one: boolean; reason: string }) =>
      `At ${p.where} the gradient is zero, and ${p.evidence}: ${p.one ? 'that is' : 'they are'} ${p.reason}`,
    classifyHintOne:
      "Compute $f''$ at the point: positive means a minimum, negative a maximum, zero means the test cannot decide.",
    classifyHint1: 'Compute the Hessian at the point and its eigenvalues.',
    classifyHint2:
      'All positive: minimum. All negative: maximum. Both signs: saddle. A zero (and no opposite signs): undecided.',
    classifyCorrect: (p: { label: string }) => `Right: it is ${p.label}.`,
  },
}).with({
  fr: {
    first: (p) => `D’abord $${p.f}'(${p.x}) = ${p.d1}$.`,
    again: (p) => `On dérive encore : $${p.f2} = ${p.d2}$.`,
    secondPrompt: (p) => `Trouvez la dérivée seconde $${p.f2}$ de $${p.fn}$.`,
    secondHint: "Dérivez une fois pour obtenir $f'$, puis dérivez $f'$.",
    secondCorrect: (p) => `Juste : $${p.f2} = ${p.d2}$.`,
    nameFirstDerivative: 'la dérivée première',
    firstDerivative: "C’est $f'$ ; dérivez-la encore une fois.",
    secondAtTitle: (p) => `${p.f}″ en $${p.x} = ${p.value}$`,
    secondAtPrompt: (p) => `Calculez la dérivée seconde $${p.f2}$ de $${p.fn}$ en ${p.where}.`,
    atPoint: (p) => `En ${p.where} : $${p.working}$.`,
    secondAtHint: 'Trouvez d’abord $f″$ comme expression, puis remplacez par le point.',
    secondAtCorrect: (p) => `Juste : la courbure y vaut $${p.value}$.`,
    firstDerivativeAt: "C’est $f'$ au point ; dérivez encore une fois avant de remplacer par le point.",
    valueTitle: (p) => `${p.f} en $${p.point}$`,
    valuePrompt: (p) => `Que vaut $${p.fn}$ en ${p.where} ?`,
    valueHint: 'Remplacez les variables par les coordonnées du point.',
    valueCorrect: (p) => `Juste : $${p.f}$ y vaut $${p.value}$.`,
    hessianTitleAt: (p) => `H en $${p.point}$`,
    hessianPromptAt: (p) =>
      `Calculez la matrice hessienne de $${p.fn}$ en ${p.where}, sous la forme d’une matrice comme [a b; c d].`,
    hessianPrompt: (p) =>
      `Trouvez la matrice hessienne de $${p.fn}$, la matrice des dérivées partielles secondes, écrite comme [a b; c d].`,
    hessianDefinition:
      'Le coefficient ligne $i$, colonne $j$ de la hessienne est la dérivée de la $i$-ième dérivée partielle par rapport à la $j$-ième variable :',
    hessianAt: (p) => `En ${p.where} : $H = ${p.matrix}$.`,
    hessianHint1: 'Trouvez d’abord le gradient, une dérivée partielle par variable.',
    hessianHint2:
      'Puis dérivez chaque dérivée partielle par rapport à chaque variable : la ligne $i$ est le gradient de la $i$-ième dérivée partielle.',
    hessianCorrect:
      'Juste : la hessienne rassemble les dérivées partielles secondes ; elle est symétrique, car les dérivées croisées sont égales.',
    nameNoMixed: 'les dérivées croisées oubliées',
    noMixed: (p) =>
      `Les coefficients hors diagonale sont les dérivées partielles croisées, comme $${p.mixed}$ : dérivez par rapport à une variable, puis par rapport à l’autre. Elles ne sont pas nulles ici.`,
    eigenTitle: (p) => `valeurs propres de H${p.point ? ` en $${p.point}$` : ''}`,
    eigenPrompt: (p) =>
      `Quelles sont les valeurs propres de la hessienne de $${p.fn}$${p.where ? ` en ${p.where}` : ''} ? Donnez-les dans l’ordre croissant, comme (1 ; 3).`,
    eigenHessian: (p) => `La hessienne${p.where ? ` en ${p.where}` : ''} est $H = ${p.matrix}$.`,
    eigenSolve2: (p) =>
      `Ses valeurs propres sont les solutions de $\\det(H - \\lambda I) = 0$, c’est-à-dire $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$ : $\\lambda = ${p.lambdas.join('$ et $')}$.`,
    eigenSolve: (p) =>
      `Ses valeurs propres sont les solutions de $\\det(H - \\lambda I) = 0$ : $\\lambda = ${p.lambdas.join('$, $')}$.`,
    eigenMeaning: (p) =>
      `Ce sont les courbures le long des axes propres de la hessienne ; la plus grande, $L = ${p.largest}$, limite le taux d’apprentissage ($\\alpha \\le 1/L$), et leur rapport dit à quel point la vallée est allongée (le zigzag de la descente).`,
    eigenOrdered: (p) => `Dans l’ordre croissant : $${p.answer}$.`,
    eigenHint1:
      'Pour une matrice 2×2, les valeurs propres sont les solutions de $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$.',
    eigenHint2: 'Les valeurs propres d’une matrice diagonale sont ses coefficients diagonaux.',
    eigenCorrect: (p, f) => `Juste : les valeurs propres sont ${f.list(p.lambdas.map((l: string) => `$${l}$`))}.`,
    nameDiagonal: 'les coefficients diagonaux',
    diagonal:
      'Les coefficients diagonaux ne sont les valeurs propres que si les coefficients hors diagonale sont nuls ; résolvez $\\det(H - \\lambda I) = 0$.',
    nameLargestFirst: 'la plus grande d’abord',
    largestFirst: 'Ce sont bien les valeurs propres, mais donnez-les dans l’ordre croissant.',
    label_minimum: 'un minimum local',
    label_maximum: 'un maximum local',
    label_saddle: 'un point selle',
    label_undecided: 'un cas que le test ne tranche pas',
    classifyTitle: (p) => `nature de $${p.point}$`,
    classifyPrompt: (p) =>
      `${p.where} est un point critique de $${p.fn}$. D’après le test de la dérivée seconde, de quelle nature est-il ?`,
    evidenceOne: (p) => `$${p.f}''(${p.x}) = ${p.value}$ en ce point`,
    evidenceMany: (p) => `la hessienne y vaut $${p.matrix}$, de valeurs propres $${p.lambdas}$`,
    reasonOne_minimum: 'positive : la courbe est tournée vers le haut, c’est donc un minimum local.',
    reasonOne_maximum: 'négative : la courbe est tournée vers le bas, c’est donc un maximum local.',
    reasonOne_saddle:
      'de signes opposés : vers le haut dans une direction, vers le bas dans une autre, un point selle.',
    reasonOne_undecided:
      'nulle : le test ne permet pas de conclure ; regardez les dérivées d’ordre supérieur ou les valeurs voisines.',
    reasonMany_minimum:
      'toutes positives : la fonction est tournée vers le haut dans toutes les directions, un minimum local.',
    reasonMany_maximum: 'toutes négatives : elle est tournée vers le bas dans toutes les directions, un maximum local.',
    reasonMany_saddle:
      'de signes opposés : vers le haut dans une direction, vers le bas dans une autre, un point selle.',
    reasonMany_undecided: 'nulles dans une direction et de même signe ailleurs : le test ne permet pas de conclure.',
    classifySolution: (p) =>
      `En ${p.where}, le gradient est nul, et ${p.evidence} : ${p.one ? 'elle est' : 'elles sont'} ${p.reason}`,
    classifyHintOne:
      "Calculez $f''$ au point : positive, c’est un minimum ; négative, un maximum ; nulle, le test ne permet pas de conclure.",
    classifyHint1: 'Calculez la hessienne au point et ses valeurs propres.',
    classifyHint2:
      'Toutes positives : minimum. Toutes négatives : maximum. De signes opposés : point selle. Une valeur nulle (sans signes opposés) : on ne peut pas conclure.',
    classifyCorrect: (p) => `Juste : c’est ${p.label}.`,
  },
});
