/**
 * A request's body as text, up to a size. Read from Node's own request when the server runs on
 * @hono/node-server: the web ReadableStream it otherwise builds for `c.req.text()` (and that hono's bodyLimit
 * reads) cost more CPU than grading the answer the body carries.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

export type Body = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

const TOO_LARGE: Body = { ok: false, tooLarge: true };

export async function readBody(c: Context, limit: number): Promise<Body> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming) {
    // Not on Node (app.request in a test, another runtime): the standard way.
    const text = await c.req.text();
    return Buffer.byteLength(text) > limit ? TOO_LARGE : { ok: true, text };
  }
  if (Number(incoming.headers['content-length'] ?? 0) > limit) return TOO_LARGE;
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        // The rest is not read: Node discards it before the connection's next request.
        incoming.off('data', onData);
        incoming.off('end', onEnd);
        done(TOO_LARGE);
      }
    };
    const onEnd = () => {
      done({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') });
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', fail);
  });
}
