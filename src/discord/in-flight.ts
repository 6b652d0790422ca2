/** The work a bot is doing, so that a graceful stop takes no new work and waits for the work it has. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private open = true;

  /** Whether new work is still taken. */
  get accepting(): boolean {
    return this.open;
  }

  /** Starts `work` and keeps track of it; after `close()` new work is not started. */
  track(work: () => Promise<void>): void {
    if (!this.open) return;
    const run = work().finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Takes no more work. */
  close(): void {
    this.open = false;
  }

  /**
   * Waits for the work started before, at most `timeoutMs`; returns how much there was. The bounded
   * wait settles either way, so no timer or promise outlives it.
   */
  async drain(timeoutMs: number, onWaiting?: (count: number) => void): Promise<number> {
    const pending = [...this.running];
    if (pending.length === 0) return 0;
    onWaiting?.(pending.length);
    let timer: NodeJS.Timeout | undefined;
    let release = () => {};
    await Promise.race([
      Promise.allSettled(pending),
      new Promise<void>((resolve) => {
        release = resolve;
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    release();
    return pending.length;
  }
}
