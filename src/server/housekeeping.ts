/**
 * Spent sign-ins cleared away. A login state is deleted when its launch uses it, but a sign-in whose launch never
 * came (a closed tab, a refused launch) leaves its state behind, and every launch leaves its nonce in used_nonces.
 * Neither matters once it is older than a sign-in can live: a launch needs its state, a state is refused after
 * STATE_MINUTES, and a nonce is only ever accepted with the state that issued it. So both are deleted after an hour
 * (six times that, a margin for clocks), a minute after a server starts and then every ten minutes; servers sharing
 * one Postgres delete the same rows harmlessly.
 */
import type { Sql } from './db.js';
import type { Logger } from './log.js';
import { STATE_MINUTES } from './lti-login.js';

export const SPENT_AFTER_MINUTES = STATE_MINUTES * 6;
const FIRST_MS = 60_000;
const EVERY_MS = 10 * 60_000;

/** Deletes spent login states and used nonces; how many of each. */
export async function clearSpentSignIns(db: Sql): Promise<{ states: number; nonces: number }> {
  const older = `interval '${SPENT_AFTER_MINUTES} minutes'`;
  const states = await db.query(`DELETE FROM login_states WHERE created_at < now() - ${older} RETURNING state`);
  const nonces = await db.query(`DELETE FROM used_nonces WHERE used_at < now() - ${older} RETURNING nonce`);
  return { states: states.length, nonces: nonces.length };
}

/** Clears spent sign-ins a minute from now and every ten minutes, until the returned function is called. */
export function keepSignInsClear(db: Sql, log: Logger): () => void {
  const clear = () => {
    clearSpentSignIns(db).then(
      (n) => {
        if (n.states + n.nonces > 0) log.info('cleared spent sign-ins', n);
      },
      (e: unknown) => {
        log.warn('could not clear spent sign-ins (tried again later)', { error: String(e) });
      },
    );
  };
  let timer = setTimeout(function again() {
    clear();
    timer = setTimeout(again, EVERY_MS).unref();
  }, FIRST_MS).unref();
  return () => {
    clearTimeout(timer);
  };
}
