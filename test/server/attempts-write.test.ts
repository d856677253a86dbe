import { describe, expect, it } from 'vitest';
import { writeAttempts, type AttemptWrite } from '../../src/server/attempts.js';
import type { Sql } from '../../src/server/db.js';

const write = (id: string, expected: number): AttemptWrite => ({
  id,
  expected,
  earned: 1,
  possible: 7,
  completed: false,
  payload: {
    scoreGiven: 1,
    scoreMaximum: 7,
    activityProgress: 'InProgress',
    gradingProgress: 'Pending',
    timestamp: '2026-11-27T00:00:00.000Z',
  },
  delay_ms: 2000,
  events: [
    {
      exercise: 'one-step',
      seq: expected,
      type: 'answer',
      step: 'partial-x',
      answer: '2x',
      at: 0,
      verdict: 'correct',
      mistake: null,
    },
  ],
});

/** A database that answers with the attempts it is told were written, and records what it was sent. */
function database(written: (string | number)[]) {
  const sent: unknown[][] = [];
  const sql: Sql = {
    query: <Row extends object>(_text: string, params: readonly unknown[] = []) => {
      sent.push([...params]);
      return Promise.resolve(written.map((id) => ({ id })) as unknown as Row[]);
    },
  };
  return { sql, sent };
}

describe('writeAttempts', () => {
  it('says, per attempt and in order, whether its part was written (the database returns the ids it wrote)', async () => {
    const db = database([7]);
    expect(await writeAttempts(db.sql, [write('3', 2), write('7', 0)])).toEqual([false, true]);
    expect(JSON.parse(db.sent[0]![0] as string)).toHaveLength(2);
  });

  it('refuses one attempt twice in one write, and sends nothing', async () => {
    const db = database(['3']);
    await expect(writeAttempts(db.sql, [write('3', 2), write('3', 3)])).rejects.toThrow(
      'one attempt twice in one write',
    );
    expect(db.sent).toEqual([]);
  });
});
