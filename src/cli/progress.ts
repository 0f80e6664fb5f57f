// How an import shows its progress: a bar on a terminal (rows, rows per second, time left), and
// without one (a log, CI) a plain line every few seconds, both on stderr so stdout keeps the summary.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../modules/import';

const LINE_EVERY_MS = 5_000;

export interface ProgressView {
  update(progress: ImportProgress): void;
  stop(): void;
}

export function progressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: ' {bar} {percentage}% | {rows} rows | {speed} rows/s | {eta_formatted} left',
        etaBuffer: 50,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let startedBar = false;
    return {
      update(progress) {
        const payload = { rows: progress.rows, speed: rate(progress.rows) };
        if (!startedBar) {
          bar.start(Math.max(progress.bytesTotal, 1), progress.bytesRead, payload);
          startedBar = true;
        } else bar.update(progress.bytesRead, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let lastLine = started;
  return {
    update(progress) {
      const now = Date.now();
      if (now - lastLine < LINE_EVERY_MS) return;
      lastLine = now;
      const share = progress.bytesTotal > 0 ? progress.bytesRead / progress.bytesTotal : 1;
      const elapsed = (now - started) / 1000;
      const left = share > 0 ? Math.round((elapsed / share) * (1 - share)) : null;
      stream.write(
        `${progress.rows} rows (${Math.round(share * 100)}%), ${rate(progress.rows)} rows/s` +
          (left === null ? '' : `, about ${left} s left`) +
          '\n',
      );
    },
    stop: () => undefined,
  };
}
