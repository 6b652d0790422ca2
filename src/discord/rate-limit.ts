/**
 * Per-user limit on questions: at most `count` in a sliding `windowMs`. The first question over the
 * limit is told so once; later ones are dropped quietly until the window has room again.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly count: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** `allow` to answer, `notify` to answer with the notice (once), `drop` to stay quiet. */
  check(userId: string): 'allow' | 'notify' | 'drop' {
    const now = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length < this.count) {
      recent.push(now);
      this.hits.set(userId, recent);
      this.warned.delete(userId);
      return 'allow';
    }
    this.hits.set(userId, recent);
    if (this.warned.has(userId)) return 'drop';
    this.warned.add(userId);
    return 'notify';
  }

  /** Forgets users with no recent questions, so the map does not grow without bound. */
  sweep(): void {
    const now = this.now();
    for (const [user, times] of this.hits) {
      if (times.every((t) => now - t >= this.windowMs)) {
        this.hits.delete(user);
        this.warned.delete(user);
      }
    }
  }
}
