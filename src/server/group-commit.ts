/**
 * Group commit: writes that arrive while the previous batch is in flight wait, and go together as the next batch
 * (one statement, one round trip, one commit for all of them), each caller's promise settled when its batch is
 * done — so nothing is acknowledged before it is stored, and under load a round trip carries many writes instead of
 * one. A batch that fails is written again item by item, so one bad write fails only its own caller.
 */
export class GroupCommit<In, Out> {
  private pending: { item: In; done: (out: Out) => void; fail: (e: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * @param write writes a batch, resolving one result per item, in order.
   * @param maxInFlight batches written at once (each on its own connection); more writes wait for one to finish.
   * @param maxBatch the most items in one batch.
   */
  constructor(
    private readonly write: (items: readonly In[]) => Promise<readonly Out[]>,
    private readonly maxInFlight = 1,
    private readonly maxBatch = 200,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise((done, fail) => {
      this.pending.push({ item, done, fail });
      this.schedule();
    });
  }

  /** After the current turn of the event loop, so that every request read in it joins the batch. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.maxBatch);
    this.inFlight++;
    // What did not fit goes in another batch, if another may be in flight.
    this.schedule();
    try {
      const out = await this.write(batch.map((b) => b.item));
      batch.forEach((b, k) => {
        b.done(out[k]!);
      });
    } catch (e) {
      if (batch.length === 1) batch[0]!.fail(e);
      else
        await Promise.all(
          batch.map((b) =>
            this.write([b.item]).then((out) => {
              b.done(out[0]!);
            }, b.fail),
          ),
        );
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}
