/**
 * A progress bar on a terminal stream: articles done of total and the rate. Draws nothing
 * when the stream is not a terminal.
 */

export interface Progress {
  tick(done: number): void;
  /** Clears the bar so the summary line starts clean. */
  done(): void;
}

const REDRAW_MS = 100;
const BAR = 24;

/** A progress bar for `total` items on `stream`, or a no-op when `stream` is not a TTY. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, total: number, label: string): Progress {
  if (!stream.isTTY || total === 0) return { tick() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const draw = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const filled = Math.round((done / total) * BAR);
    const text = `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total} articles  ${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
    stream.write(`\r${text.slice(0, (stream.columns || 80) - 1)}\x1b[K`);
    drawn = true;
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last >= REDRAW_MS || done === total) {
        last = now;
        draw(done);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
