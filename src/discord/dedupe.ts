/**
 * Exactly once: Discord may deliver an event twice (a replay after a resume, a retried dispatch), and
 * a second answer to a mention would be a second message. The bot remembers the ids it has handled
 * and ignores a repeat. Memory stays bounded: only the most recent `capacity` ids are kept, which is
 * far more than any replay window holds (a resume replays what one connection missed).
 */
export class RecentIds {
  // A Set iterates in insertion order, so its first element is always the oldest id.
  private readonly ids = new Set<string>();

  constructor(readonly capacity = 10_000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be at least 1');
  }

  /**
   * Records `id` and says whether it is new. `false` means it was already handled (and is still in
   * the window): the caller ignores the event.
   */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
    return true;
  }

  get size(): number {
    return this.ids.size;
  }
}
