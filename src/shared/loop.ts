// A background loop that runs a round whenever woken, or at a poll interval when nothing wakes it:
// the webhook dispatcher and worker and the import job runner each run one.
/**
 * A loop that runs `round` whenever woken, or every `pollMs` when nothing wakes it, until stopped.
 * A wake during a round makes the next round start at once.
 */
export class Loop {
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | null = null;
  private pending = false;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly pollMs: number,
    private readonly onError: (error: unknown) => void,
    /** The least time from one round's start to the next, however often it is woken. */
    private readonly spacingMs = 0,
  ) {}

  start(): void {
    this.running = true;
    this.done = this.run();
  }

  wake(): void {
    this.pending = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.done;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      const started = Date.now();
      try {
        await this.round();
      } catch (error) {
        this.onError(error);
      }
      const rest = this.spacingMs - (Date.now() - started);
      if (this.running && rest > 0) await new Promise((resolve) => setTimeout(resolve, rest).unref());
      if (!this.running || this.pending) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        timer.unref();
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
