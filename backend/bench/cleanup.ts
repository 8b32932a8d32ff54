/**
 * Undo steps run last-in first-out, once, whether the run ends, fails or is interrupted: the
 * throwaway database must not outlive the benchmark.
 */
export class Cleanup {
  private readonly steps: (() => unknown)[] = [];
  private running: Promise<void> | undefined;
  /** Set on Ctrl-C or TERM: what fails after that is the cleanup at work, not a finding. */
  interrupted = false;

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step();
        } catch (error) {
          console.error('Cleanup step failed:', error);
        }
      }
    })();
    return this.running;
  }

  /** On Ctrl-C or a TERM: clean up, then exit as an interrupted process would. */
  onSignals(): void {
    const stop = (signal: NodeJS.Signals, code: number) => {
      this.interrupted = true;
      process.stderr.write(`\n${signal}: cleaning up …\n`);
      void this.run().finally(() => process.exit(code));
    };
    process.once('SIGINT', () => stop('SIGINT', 130));
    process.once('SIGTERM', () => stop('SIGTERM', 143));
  }
}
