/** One progress line on stderr: rewritten in place on a terminal, every tenth otherwise. */
export class Progress {
  private readonly started = Date.now();
  private count = 0;
  private lastDecile = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
  ) {}

  tick(): void {
    this.count++;
    const line = this.line();
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}\x1b[K`);
      return;
    }
    const decile = Math.floor((this.count * 10) / this.total);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      process.stderr.write(`${line}\n`);
    }
  }

  done(): void {
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private line(): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const left = (elapsed / this.count) * (this.total - this.count);
    const eta = this.count < this.total ? `, ~${left.toFixed(0)} s left` : '';
    return `${this.label} ${this.count}/${this.total} ${this.unit} (${elapsed.toFixed(0)} s${eta})`;
  }
}
