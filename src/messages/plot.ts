/**
 * The words of a plot's text alternative (src/plot/describe.ts): its caption, its sentences and its table.
 * Parameters are plain text already formatted (points, numbers, names such as θ₁ or J).
 */
import { defineArea } from './catalogue.js';

export const PLOT = defineArea('plot', {
  en: {
    noChange: 'no change',
    change: (p: { up: boolean; amount: string }) =>
      `${p.up ? 'up' : 'down'} ${p.amount} (${p.up ? 'uphill' : 'downhill'})`,
    yourLimit: 'your limit',
    yourPoint: 'your point',
    yourIterate: (p: { name: string }) => `your ${p.name}`,
    learnerHere: (p: { who: string; point: string; f: string; value: string }) =>
      `${p.who} = ${p.point}, where ${p.f} = ${p.value}`,
    /** A value the function has no number for (log of a negative, a square root below zero): a table's cell. */
    notDefined: 'not defined',
    learnerUndefined: (p: { who: string; point: string; f: string }) =>
      `${p.who} = ${p.point}, where ${p.f} is not defined.`,
    learnerFrom: (p: { here: string; d: number; before: string; from: string }) =>
      `${p.here}, ${p.d > 0 ? 'uphill: higher than' : p.d < 0 ? 'downhill: lower than' : 'level with'} ${p.before} at ${p.from}.`,
    tangent: (p: { name: string; x: string; f: string; slope: string; sign: number }) =>
      `The tangent at ${p.name} = ${p.x} has slope ${p.f}′ = ${p.slope}, so ${p.sign > 0 ? 'descent moves left' : p.sign < 0 ? 'descent moves right' : 'descent stands still'}.`,
    gradient: (p: { name: string; f: string; vector: string }) =>
      `The gradient at ${p.name}, ∇${p.f} = ${p.vector}, points uphill.`,
    step: (p: { f: string; rate: string; vector: string; next?: string }) =>
      `The step −${p.rate}∇${p.f} = ${p.vector} goes downhill${p.next ? ` to ${p.next}` : ''}.`,
    contourCaption: (p: { signature: string; formula: string }) =>
      `Contour map of ${p.signature} = ${p.formula} (darker is lower)`,
    graphCaption: (p: { signature: string; formula: string }) => `Graph of ${p.signature} = ${p.formula}`,
    starts: (p: { name: string; point: string; f: string; value: string }) =>
      `Descent starts at ${p.name} = ${p.point}, where ${p.f} = ${p.value}.`,
    after: (
      p: { n: number; name: string; sign: string; point: string; f: string; lossSign: string; loss: string },
      f,
    ) =>
      `After ${f.plural(p.n, { one: '# step', other: '# steps' })}, gradient descent is at ${p.name} ${p.sign} ${p.point}, where ${p.f} ${p.lossSign} ${p.loss}.`,
    iteratesTable: 'Table of the iterates',
    columnPoint: 'Point',
    columnWhere: 'Where',
    columnChange: (p: { f: string }) => `Change in ${p.f}`,
    slope: (p: { value: string }) => `slope ${p.value}`,
    throughStart: (p: { name: string; f: string; value: string }) => `through ${p.name}: ${p.f} = ${p.value}`,
    lossCaption: (p: { f: string; stem: string }) => `Loss per iteration, ${p.f}(${p.stem}ₜ)`,
    lossesTable: 'Table of the losses',
    columnIteration: 'Iteration',
    yours: (p: { t: number }) => `${p.t} (yours)`,
    lossAtStart: (p: { f: string; value: string }) => `${p.f} = ${p.value} at the start.`,
    lossLeavesDomain: (p: { f: string; first: string; t: number }) =>
      `${p.f} = ${p.first} at the start, but is not defined at iteration ${p.t}: descent has left the region where ${p.f} is defined.`,
    lossOver: (p: { f: string; way: 'falls' | 'rises' | 'stays'; first: string; last: string; n: number }, f) =>
      `${p.f} ${p.way === 'falls' ? `falls from ${p.first} to ${p.last}` : p.way === 'rises' ? `rises from ${p.first} to ${p.last}` : `stays at ${p.first}`} over ${f.plural(p.n, { one: '# iteration', other: '# iterations' })}.`,
    rateLabel: (p: { rate: string }) => `Learning rate ${p.rate}`,
    startLegend: 'Start',
    regimeConcealed: (p: { rate: string; from: string }) =>
      `At ${p.rate}, from ${p.from}: answer the question about this rate first, then see what descent does.`,
    regimeAt: (p: { rate: string; from: string }) => `At ${p.rate}, descent from ${p.from}`,
  },
}).with({
  fr: {
    noChange: 'sans changement',
    change: (p) => `${p.up ? 'monte de' : 'descend de'} ${p.amount} (${p.up ? 'vers le haut' : 'vers le bas'})`,
    yourLimit: 'votre limite',
    yourPoint: 'votre point',
    yourIterate: (p) => `votre ${p.name}`,
    learnerHere: (p) => `${p.who} = ${p.point}, où ${p.f} = ${p.value}`,
    notDefined: 'non défini',
    learnerUndefined: (p) => `${p.who} = ${p.point}, où ${p.f} n’est pas défini.`,
    learnerFrom: (p) =>
      `${p.here}, ${p.d > 0 ? 'vers le haut : plus haut que' : p.d < 0 ? 'vers le bas : plus bas que' : 'au même niveau que'} ${p.before} en ${p.from}.`,
    tangent: (p) =>
      `La tangente en ${p.name} = ${p.x} a pour pente ${p.f}′ = ${p.slope}, donc ${p.sign > 0 ? 'la descente va vers la gauche' : p.sign < 0 ? 'la descente va vers la droite' : 'la descente reste sur place'}.`,
    gradient: (p) => `Le gradient en ${p.name}, ∇${p.f} = ${p.vector}, pointe vers le haut.`,
    step: (p) => `Le pas −${p.rate}∇${p.f} = ${p.vector} descend${p.next ? ` jusqu’à ${p.next}` : ''}.`,
    contourCaption: (p) => `Courbes de niveau de ${p.signature} = ${p.formula} (plus sombre est plus bas)`,
    graphCaption: (p) => `Graphe de ${p.signature} = ${p.formula}`,
    starts: (p) => `La descente part de ${p.name} = ${p.point}, où ${p.f} = ${p.value}.`,
    after: (p, f) =>
      `Après ${f.plural(p.n, { one: '# pas', other: '# pas' })}, la descente est en ${p.name} ${p.sign} ${p.point}, où ${p.f} ${p.lossSign} ${p.loss}.`,
    iteratesTable: 'Tableau des itérés',
    columnPoint: 'Point',
    columnWhere: 'Position',
    columnChange: (p) => `Variation de ${p.f}`,
    slope: (p) => `pente ${p.value}`,
    throughStart: (p) => `passant par ${p.name} : ${p.f} = ${p.value}`,
    lossCaption: (p) => `Perte à chaque itération, ${p.f}(${p.stem}ₜ)`,
    lossesTable: 'Tableau des pertes',
    columnIteration: 'Itération',
    yours: (p) => `${p.t} (la vôtre)`,
    lossAtStart: (p) => `${p.f} = ${p.value} au départ.`,
    lossLeavesDomain: (p) =>
      `${p.f} = ${p.first} au départ, mais n’est pas défini à l’itération ${p.t} : la descente a quitté la région où ${p.f} est défini.`,
    lossOver: (p, f) =>
      `${p.f} ${p.way === 'falls' ? `descend de ${p.first} à ${p.last}` : p.way === 'rises' ? `monte de ${p.first} à ${p.last}` : `reste à ${p.first}`} en ${f.plural(p.n, { one: '# itération', other: '# itérations' })}.`,
    rateLabel: (p) => `Taux d’apprentissage ${p.rate}`,
    startLegend: 'Départ',
    regimeConcealed: (p) =>
      `Avec ${p.rate}, depuis ${p.from} : répondez d’abord à la question sur ce taux, puis voyez ce que fait la descente.`,
    regimeAt: (p) => `Avec ${p.rate}, la descente depuis ${p.from}`,
  },
});
