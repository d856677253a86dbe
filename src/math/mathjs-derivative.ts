/**
 * mathjs's derivative, loaded on first use. It is derivative.ts's fallback for the rare function whose nerdamer
 * result is unusable, and importing mathjs costs 1.5–2 s (it builds hundreds of typed functions), which a teacher
 * would otherwise pay on every `gd-tutor lint`. A synchronous require keeps `differentiate` synchronous; this runs
 * only in Node (the browser never gets the symbolic engines). Bundles keep the require as it is, so mathjs is loaded
 * from node_modules.
 */
import { createRequire } from 'node:module';
import type * as MathJs from 'mathjs';

let loaded: typeof MathJs.derivative | undefined;

/** ∂expression/∂wrt by mathjs, as text in mathjs's syntax. */
export function mathjsDerivative(expression: string, wrt: string): string {
  loaded ??= (createRequire(import.meta.url)('mathjs') as typeof MathJs).derivative;
  return loaded(expression, wrt).toString();
}
