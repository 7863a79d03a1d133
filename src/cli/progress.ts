/**
 * A progress bar on standard error for long imports. Shown only when standard
 * error is a terminal (never in tests, pipes or CI) and not with --quiet.
 */

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };

/** On a terminal, not in CI, not with --quiet; KPSS_PROGRESS=1 shows it anyway (a log that wants it). */
export function progressAllowed(quiet: boolean): boolean {
  if (quiet) return false;
  if (process.env.KPSS_PROGRESS === '1') return true;
  return process.stderr.isTTY === true && !process.env.CI;
}

/** A bar "Převádím [██████░░░░░░] 48 % (7200/15000)", redrawn at most every 100 ms. */
export function createProgress(label: string, total: number, enabled: boolean): Progress {
  if (!enabled || total <= 0) return SILENT;
  const width = 30;
  let last = 0;
  let shown = false;
  const draw = (done: number) => {
    const ratio = Math.min(1, done / total);
    const filled = Math.round(ratio * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    process.stderr.write(`\r${label} [${bar}] ${String(Math.round(ratio * 100)).padStart(3)} % (${done}/${total})`);
    shown = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
