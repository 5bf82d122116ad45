// Ctrl-C (SIGINT) and SIGTERM for a long run: the first signal asks the run to stop gracefully
// (it checks `requested`, finishes what is in progress and writes only complete results); the
// second runs the registered cleanups (stop workers, remove temporary files) and exits 130.
export class Interrupt {
  requested = false;
  private readonly cleanups: (() => unknown)[] = [];
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (!this.requested) {
      this.requested = true;
      this.onFirst(signal);
      return;
    }
    this.stopNow();
  };

  constructor(private readonly onFirst: (signal: NodeJS.Signals) => void) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** Registers a cleanup for the second signal; returns a function that unregisters it. */
  onStop(cleanup: () => unknown): () => void {
    this.cleanups.push(cleanup);
    return () => {
      const at = this.cleanups.indexOf(cleanup);
      if (at >= 0) this.cleanups.splice(at, 1);
    };
  }

  /** Stops listening (the run is over). */
  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }

  /** Runs the cleanups and exits 130 (what the second signal does; a short run may do it on the first). */
  stopNow(): void {
    void this.cleanUp().then(() => process.exit(130));
  }

  private async cleanUp(): Promise<void> {
    // Last registered first: workers stop before the files they write are removed.
    for (const cleanup of [...this.cleanups].reverse()) {
      try {
        await cleanup();
      } catch {
        // best effort: exit anyway
      }
    }
  }
}
