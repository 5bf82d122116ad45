// Progress on stderr: a redrawn bar on a terminal (done / total, rate, ETA), nothing otherwise.
// Redraws at most 10 times a second so a fast run is not slowed by its own output.

export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly options: { enabled: boolean; label?: string },
  ) {}

  tick(): void {
    this.done++;
    const now = performance.now();
    if (this.options.enabled && (now - this.lastDraw > 100 || this.done === this.total)) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Prints a line above the bar (a failure, a warning) without garbling it. */
  print(line: string): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${line}\n`);
    if (this.drawn) this.draw(performance.now());
  }

  /** Clears the bar. */
  finish(): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const width = 24;
    const filled = this.total ? Math.round((width * this.done) / this.total) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const label = this.options.label ?? 'files';
    process.stderr.write(
      `\r\x1b[2K${bar} ${this.done}/${this.total} ${label}  ${rate.toFixed(1)}/s  ETA ${formatDuration(eta)}`,
    );
    this.drawn = true;
  }
}

/** "42 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
