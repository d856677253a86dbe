/**
 * Several server processes on one port, with node:cluster: the primary forks the workers and hands them the
 * connections in turn; each worker is a whole server (its own pool, attempt cache, group commit and outbox worker)
 * on the shared Postgres, exactly as several machines behind a load balancer are — the design keeps nothing a
 * request needs in one process's memory alone (attempts.ts checks its cache against the database's count; the
 * outbox leases rows). The first worker starts alone (it migrates and makes the signing key), then the others.
 * A worker that dies is replaced; SIGINT or SIGTERM stops them all gracefully.
 */
import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the primary once it listens. */
export interface WorkerReady {
  readonly type: 'gd-tutor:listening';
  readonly url: string;
  readonly publicUrl: string;
  readonly database: string;
}

export const isWorker = (): boolean => cluster.isWorker;

/** In a worker: tells the primary it listens. */
export function announce(ready: Omit<WorkerReady, 'type'>): void {
  process.send?.({ type: 'gd-tutor:listening', ...ready } satisfies WorkerReady);
}

/** In a worker, once its server closed: lets go of the primary's channel, so that the process ends. */
export function leave(): void {
  cluster.worker?.disconnect();
}

function started(worker: Worker): Promise<WorkerReady> {
  return new Promise((done, fail) => {
    const onMessage = (m: unknown) => {
      if ((m as Partial<WorkerReady> | null)?.type !== 'gd-tutor:listening') return;
      worker.off('exit', onExit);
      worker.off('message', onMessage);
      done(m as WorkerReady);
    };
    const onExit = (code: number | null) => {
      worker.off('message', onMessage);
      fail(new Error(`a server worker exited (${code}) before it listened`));
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
  });
}

export interface Workers {
  readonly ready: WorkerReady;
  /** Stops every worker gracefully (each finishes its requests and its outbox batch); resolves when all exited. */
  stop(): Promise<void>;
}

/** In the primary: forks `count` workers running this same command; resolves once all listen. */
export async function forkWorkers(count: number, log: (line: string) => void): Promise<Workers> {
  let stopping = false;
  const live = new Set<Worker>();
  const fork = async (): Promise<WorkerReady> => {
    const worker = cluster.fork();
    live.add(worker);
    let listened = false;
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      // One that never listened (no database, say) is not retried in a loop: the start fails instead.
      if (stopping || !listened) return;
      log(`gd-tutor serve: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork().catch((e: unknown) => {
        log(`gd-tutor serve: ${(e as Error).message}`);
      });
    });
    const ready = await started(worker);
    listened = true;
    return ready;
  };
  const ready = await fork();
  await Promise.all(Array.from({ length: count - 1 }, fork));
  return {
    ready,
    stop: async () => {
      stopping = true;
      await Promise.all(
        [...live].map(
          (w) =>
            new Promise<void>((done) => {
              w.once('exit', () => {
                done();
              });
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
