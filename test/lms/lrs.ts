/**
 * A small Learning Record Store and cmi5 launcher for the tests, on loopback: the fetch URL (one token per launch,
 * refused the second time, as cmi5 says), statements (each checked by Learning Locker's xAPI 1.0.3 validator and
 * refused with 400 when it is not valid, as an LRS does), and the activity state API. CORS is open, since the player
 * is on another origin. `down` makes it answer 503 to statements, to test the queue.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as xapiValidation from '@learninglocker/xapi-validation';

type Validate = (statement: unknown) => unknown[];
const validateModule = (xapiValidation as unknown as { default: Validate | { default: Validate } }).default;
/** Learning Locker's validator: the problems with a statement, none when it is valid xAPI 1.0.3. */
export const validateStatement: Validate =
  typeof validateModule === 'function' ? validateModule : validateModule.default;

export interface StoredStatement {
  readonly id: string;
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: Record<string, unknown>;
  readonly context?: Record<string, unknown> & { registration?: string };
  readonly timestamp: string;
  readonly stored: string;
}

export interface Lrs {
  /** The xAPI endpoint, ending with a slash. */
  readonly endpoint: string;
  /** A fresh cmi5 fetch URL: one token, for one launch. */
  fetchUrl(): string;
  readonly statements: StoredStatement[];
  readonly refused: { statement: unknown; problems: unknown[] }[];
  /** Statement posts answered 503 while down. */
  readonly unavailable: { count: number };
  down: boolean;
  setState(stateId: string, activityId: string, agent: object, registration: string, value: unknown): void;
  getState(stateId: string, activityId: string, agent: object, registration: string): unknown;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version',
};

const stateKey = (stateId: string, activityId: string, agent: string, registration: string) =>
  JSON.stringify([stateId, activityId, JSON.stringify(JSON.parse(agent)), registration]);

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += (chunk as Buffer).toString();
  return text;
}

export async function startLrs(): Promise<Lrs> {
  const tokens = new Map<string, string | undefined>(); // fetch id → token, undefined once fetched
  const valid = new Set<string>();
  const states = new Map<string, string>();
  const statements: StoredStatement[] = [];
  const refused: Lrs['refused'] = [];
  const unavailable = { count: 0 };
  let port = 0;
  const lrs = { down: false };

  const send = (res: ServerResponse, status: number, data?: unknown) => {
    res.writeHead(status, {
      ...CORS,
      'X-Experience-API-Version': '1.0.3',
      ...(data === undefined ? {} : { 'Content-Type': 'application/json' }),
    });
    res.end(data === undefined ? undefined : JSON.stringify(data));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'OPTIONS') {
      send(res, 204);
      return;
    }
    const fetchId = /^\/fetch\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (fetchId && req.method === 'POST') {
      const token = tokens.get(fetchId);
      if (!tokens.has(fetchId)) {
        send(res, 404, { 'error-code': '3', 'error-text': 'no such launch' });
        return;
      }
      if (token === undefined) {
        send(res, 200, { 'error-code': '1', 'error-text': 'already fetched' });
        return;
      }
      tokens.set(fetchId, undefined);
      send(res, 200, { 'auth-token': token });
      return;
    }
    if (!url.pathname.startsWith('/xapi/')) {
      send(res, 404, { error: 'not found' });
      return;
    }
    if (!valid.has(req.headers.authorization ?? '')) {
      send(res, 401, { error: 'unauthorized' });
      return;
    }
    if (req.headers['x-experience-api-version'] !== '1.0.3') {
      send(res, 400, { error: 'no xAPI version header' });
      return;
    }
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      const text = await body(req);
      if (lrs.down) {
        unavailable.count++;
        send(res, 503, { error: 'down for the test' });
        return;
      }
      const posted = JSON.parse(text) as unknown;
      const list = Array.isArray(posted) ? posted : [posted];
      const problems = list.map((s) => validateStatement(s));
      if (problems.some((p) => p.length > 0)) {
        list.forEach((statement, k) => {
          if (problems[k]!.length > 0) refused.push({ statement, problems: problems[k]! });
        });
        send(res, 400, { error: 'invalid statements' });
        return;
      }
      const stored = new Date().toISOString();
      for (const s of list as StoredStatement[])
        if (!statements.some((t) => t.id === s.id)) statements.push({ ...s, stored });
      send(
        res,
        200,
        list.map((s) => (s as StoredStatement).id),
      );
      return;
    }
    if (url.pathname === '/xapi/activities/state') {
      const q = url.searchParams;
      const key = stateKey(q.get('stateId')!, q.get('activityId')!, q.get('agent')!, q.get('registration') ?? '');
      if (req.method === 'GET') {
        const value = states.get(key);
        if (value === undefined) send(res, 404, { error: 'no state' });
        else send(res, 200, JSON.parse(value));
        return;
      }
      if (req.method === 'PUT' || req.method === 'POST') {
        states.set(key, await body(req));
        send(res, 204);
        return;
      }
    }
    send(res, 405, { error: 'not here' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, 500, { error: String(e) });
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://localhost:${port}/xapi/`,
    fetchUrl() {
      const id = randomUUID();
      const token = Buffer.from(`${id}:${randomUUID()}`).toString('base64');
      tokens.set(id, token);
      valid.add(`Basic ${token}`);
      return `http://localhost:${port}/fetch/${id}`;
    },
    statements,
    refused,
    unavailable,
    get down() {
      return lrs.down;
    },
    set down(value: boolean) {
      lrs.down = value;
    },
    setState(stateId, activityId, agent, registration, value) {
      states.set(stateKey(stateId, activityId, JSON.stringify(agent), registration), JSON.stringify(value));
    },
    getState(stateId, activityId, agent, registration) {
      const value = states.get(stateKey(stateId, activityId, JSON.stringify(agent), registration));
      return value === undefined ? undefined : (JSON.parse(value) as unknown);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((closed) =>
        server.close(() => {
          closed();
        }),
      );
    },
  };
}
