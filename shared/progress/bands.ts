import type { ProgressStatus } from './types.ts';

/** A band of a progress measure: from `from` (inclusive) up to the next band's `from`. */
export interface Band {
  from: number;
  status: Extract<ProgressStatus, 'on_track' | 'at_risk' | 'off_track'>;
  /** The method's own word for the band, reported as `methodStatus`. */
  word?: string;
}

/**
 * The first band, in the given descending order, whose lower edge the measure reaches. Every table
 * ends with a band from −∞, so a finite measure always finds one.
 */
export const bandOf = (measure: number, bands: readonly Band[]): Band => {
  for (const band of bands) if (measure >= band.from) return band;
  throw new RangeError(`no band for ${measure}`);
};

/**
 * The linear-trajectory bands: the UN SDG progress chart's 0.95 and 0.5, so that the product's
 * default verdicts line up with the UN vocabulary (docs/design.md §4).
 */
export const trajectoryBands: readonly Band[] = [
  { from: 0.95, status: 'on_track' },
  { from: 0.5, status: 'at_risk' },
  { from: -Infinity, status: 'off_track' },
];
