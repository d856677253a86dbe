/**
 * The words of an iteration table's cells (src/content/steps/table.ts). Parameters are LaTeX fragments: `slope` is
 * the gradient at the row's iterate as the lesson writes it (J'(x_1) in one variable, \nabla f(\theta_1) in several),
 * `times` the operator between the rate and it (nothing, or \odot with one rate per coordinate).
 */
import { defineArea } from './catalogue.js';

export const STEPS_TABLE = defineArea('steps-table', {
  en: {
    row: (p: { t: number; what: string }) => `Row ${p.t}, ${p.what}`,
    thetaStart: (p: { name: string }) => `Row 0: the start, $${p.name}$.`,
    thetaFollows: (p: { t: number; name: string }) => `Row ${p.t}: $${p.name}$, the previous row's next iterate.`,
    thetaAfter: (p: { t: number; name: string }, f) =>
      `Row ${p.t}: $${p.name}$, the iterate after ${f.plural(p.t, { one: '# step', other: '# steps' })}.`,
    thetaStartSolution: (p: { name: string; value: string }) => `$${p.name} = ${p.value}$ is the start.`,
    thetaFollowsSolution: (p: { name: string; value: string }) =>
      `$${p.name}$ is the previous row's $\\theta_{t+1}$: $${p.value}$.`,
    thetaAfterSolution: (p: { name: string; value: string; t: number; rule: string }, f) =>
      `$${p.name} = ${p.value}$, after ${f.plural(p.t, { one: '# step', other: '# steps' })} of $${p.rule}$.`,
    thetaStartHint: 'The first row starts at the start point.',
    thetaFollowsHint: 'Copy the next iterate from the row above.',
    thetaAfterHint: (p: { t: number }, f) =>
      `Apply the update rule ${f.plural(p.t, { one: 'once', other: '# times' })} from the start.`,
    right: 'Right.',
    lossPrompt: (p: { t: number; f: string; name: string }) => `Row ${p.t}: the loss $${p.f}(${p.name})$.`,
    lossHint: (p: { formula: string; name: string }) => `Evaluate $${p.formula}$ at $${p.name}$.`,
    gradientPrompt: (p: { t: number; slope: string }) => `Row ${p.t}: the gradient $${p.slope}$.`,
    derivativePrompt: (p: { t: number; slope: string }) => `Row ${p.t}: the derivative $${p.slope}$.`,
    gradientHint: 'Evaluate the derivative at this row’s iterate.',
    nameSign: 'the sign',
    sign: 'Check the sign of the derivative here.',
    nextPrompt: (p: { t: number; next: string; name: string; times: string; slope: string; rate: string }) =>
      `Row ${p.t}: the next iterate $${p.next} = ${p.name} - \\alpha ${p.times}${p.slope}$, with $\\alpha = ${p.rate}$.`,
    nextHint: 'Subtract α times the gradient from this row’s iterate.',
    optimizerNextHint: 'Apply the statement’s rule once from this row’s iterate.',
  },
}).with({
  fr: {
    row: (p) => `Ligne ${p.t}, ${p.what}`,
    thetaStart: (p) => `Ligne 0 : le départ, $${p.name}$.`,
    thetaFollows: (p) => `Ligne ${p.t} : $${p.name}$, l’itéré suivant de la ligne précédente.`,
    thetaAfter: (p, f) =>
      `Ligne ${p.t} : $${p.name}$, l’itéré après ${f.plural(p.t, { one: '# pas', other: '# pas' })}.`,
    thetaStartSolution: (p) => `$${p.name} = ${p.value}$ est le départ.`,
    thetaFollowsSolution: (p) => `$${p.name}$ est le $\\theta_{t+1}$ de la ligne précédente : $${p.value}$.`,
    thetaAfterSolution: (p, f) =>
      `$${p.name} = ${p.value}$, après ${f.plural(p.t, { one: '# pas', other: '# pas' })} de $${p.rule}$.`,
    thetaStartHint: 'La première ligne commence au point de départ.',
    thetaFollowsHint: 'Recopiez l’itéré suivant de la ligne du dessus.',
    thetaAfterHint: (p, f) =>
      `Appliquez la règle de mise à jour ${f.plural(p.t, { one: 'une fois', other: '# fois' })} depuis le départ.`,
    right: 'Juste.',
    lossPrompt: (p) => `Ligne ${p.t} : la perte $${p.f}(${p.name})$.`,
    lossHint: (p) => `Évaluez $${p.formula}$ en $${p.name}$.`,
    gradientPrompt: (p) => `Ligne ${p.t} : le gradient $${p.slope}$.`,
    derivativePrompt: (p) => `Ligne ${p.t} : la dérivée $${p.slope}$.`,
    gradientHint: 'Évaluez la dérivée en l’itéré de cette ligne.',
    nameSign: 'le signe',
    sign: 'Vérifiez le signe de la dérivée ici.',
    nextPrompt: (p) =>
      `Ligne ${p.t} : l’itéré suivant $${p.next} = ${p.name} - \\alpha ${p.times}${p.slope}$, avec $\\alpha = ${p.rate}$.`,
    nextHint: 'Soustrayez α fois le gradient de l’itéré de cette ligne.',
    optimizerNextHint: 'Appliquez une fois la règle de l’énoncé depuis l’itéré de cette ligne.',
  },
});
