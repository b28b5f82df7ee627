/**
 * The progress bar on stderr: cables done, MB read, MB/s, and when the total size is
 * known a bar, the percentage and the ETA. Drawn only when enabled (stderr is a terminal
 * and no `--quiet`), at most ten times a second; otherwise every call does nothing.
 */

/** Minimal terminal stream: what the bar writes to. */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

/** Formats seconds as `m:ss` or `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The progress line for the given counts (no terminal control characters). */
export function progressLine(cables: number, bytes: number, total: number | null, seconds: number, width: number): string {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  const parts = [`${cables} cable${cables === 1 ? '' : 's'}`, `${mb.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`];
  if (total === null || total <= 0) return parts.join('  ').slice(0, width);
  const fraction = Math.min(1, bytes / total);
  const eta = rate > 0 && bytes > 0 ? formatDuration((total - bytes) / 1e6 / rate) : '?';
  const tail = `${(100 * fraction).toFixed(0).padStart(3)}%  ${parts.join('  ')} of ${(total / 1e6).toFixed(1)} MB  ETA ${eta}`;
  const barWidth = Math.max(0, Math.min(30, width - tail.length - 3));
  const filled = Math.round(barWidth * fraction);
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ` : '';
  return `${bar}${tail}`.slice(0, width);
}

/** Progress of a run. */
export class Progress {
  private cables = 0;
  private bytes = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly start = Date.now();

  /** `total`: the input size in bytes when known (no standard input). */
  constructor(
    private readonly stream: ProgressStream | null,
    private readonly total: number | null,
  ) {}

  /** Counts cables written. */
  addCables(n: number): void {
    this.cables += n;
    this.draw(false);
  }

  /** Counts input bytes read. */
  addBytes(n: number): void {
    this.bytes += n;
    this.draw(false);
  }

  private draw(force: boolean): void {
    if (this.stream === null) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    // Terminals that do not report a width (0 or undefined) get 80 columns.
    const columns = this.stream.columns ?? 0;
    const width = columns >= 20 ? columns - 1 : 79;
    this.stream.write(`\r\x1b[K${progressLine(this.cables, this.bytes, this.total, (now - this.start) / 1000, width)}`);
    this.drawn = true;
  }

  /** Removes the bar (before the run ends or an error line is printed). */
  clear(): void {
    if (this.stream !== null && this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
