import os from 'node:os';

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The machine a benchmark ran on, printed beside its table. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    loadavg_at_start: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Nearest-rank percentile of samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
