import cliProgress from 'cli-progress';

/** A progress bar over `total` runs, each reporting the share of its own work. */
export interface ProgressBar {
  /** Run `run` (0-based) is `share` (0 to 1) done; `label` names it. */
  update(run: number, share: number, label: string): void;
  stop(): void;
}

/**
 * A cli-progress bar on `stream` (stderr), or a bar that draws nothing when there is no stream
 * (stderr is not a terminal: logs and pipes get no control codes).
 */
export function progressBar(stream: NodeJS.WritableStream | undefined, total: number): ProgressBar {
  if (stream === undefined) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | run {run}/{runs}: {label}',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total * 1000, 0, { run: 1, runs: total, label: 'starting' });
  return {
    update: (run, share, label) => bar.update(Math.round((run + share) * 1000), { run: run + 1, label }),
    stop: () => bar.stop(),
  };
}
