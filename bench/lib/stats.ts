/** Order statistics for timing samples (milliseconds unless said otherwise). */

const sorted = (samples: readonly number[]) => [...samples].sort((a, b) => a - b);

/** The q-quantile (0..1) by linear interpolation between the closest ranks. */
export const quantile = (samples: readonly number[], q: number): number => {
  if (samples.length === 0) return Number.NaN;
  const s = sorted(samples);
  const position = (s.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return s[low]! + (s[high]! - s[low]!) * (position - low);
};

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
}

export const summarize = (samples: readonly number[]): Summary => ({
  n: samples.length,
  p50: round(quantile(samples, 0.5)),
  p90: round(quantile(samples, 0.9)),
  p99: round(quantile(samples, 0.99)),
  min: round(Math.min(...samples)),
  max: round(Math.max(...samples)),
});

/** Rounds to `digits` decimals (results.json stays readable). */
export const round = (value: number, digits = 3) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Fisher–Yates: the order in which interleaved contenders run, fresh each round. */
export const shuffle = <T>(items: readonly T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
