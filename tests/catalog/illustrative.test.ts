import { describe, expect, it } from 'vitest';
import { loadCatalog, loadIllustrativeActuals } from '../../catalog/index.ts';
import type { CatalogDocument } from '../../shared/domain/catalog.ts';
import type { IndicatorInput } from '../../shared/domain/indicator.ts';

const docs = loadCatalog();
const illustrative = loadIllustrativeActuals();
const indicators = new Map<string, { ind: IndicatorInput; doc: CatalogDocument }>();
for (const doc of docs) for (const ind of doc.indicators) indicators.set(ind.id, { ind, doc });

/**
 * A small restatement of docs/methodology.md §3–5 (linear-trajectory), only to check that the demo figures
 * show the statuses they were chosen for. The product's own implementation lives elsewhere.
 */
function linearTrajectory(
  ind: IndicatorInput,
  doc: CatalogDocument,
  values: Map<number, number | boolean>,
  asOfYear: number,
) {
  const years = [...values.keys()].filter((y) => y <= asOfYear).sort((a, b) => a - b);
  if (!years.length) return ind.kind === 'milestone' ? 'pending' : 'no_data';
  const latestYear = years[years.length - 1]!;
  const latest = values.get(latestYear)!;
  const { comparator, value: target, year: targetYear, tolerance } = ind.target;
  if (ind.kind === 'milestone') {
    if (latest === true) return 'achieved';
    return latestYear >= targetYear ? 'missed' : 'pending';
  }
  const t = target as number;
  const meets = (v: number) => {
    switch (comparator) {
      case '>=':
        return v >= t;
      case '>':
        return v > t;
      case '<=':
        return v <= t;
      case '<':
        return v < t;
      case '=':
        return v === t;
      case '~':
        return Math.abs(v - t) <= (tolerance ?? Math.abs(t) * 0.01);
    }
  };
  const band = (ratio: number) => (ratio >= 0.95 ? 'on_track' : ratio >= 0.5 ? 'at_risk' : 'off_track');
  if (ind.accumulation === 'cumulative') {
    const start = doc.plan.period.startYear;
    const total = years.filter((y) => y >= start).reduce((s, y) => s + (values.get(y) as number), 0);
    if (meets(total)) return 'achieved';
    if (latestYear >= targetYear) return 'missed';
    const expected = (t * (latestYear - start + 1)) / (targetYear - start + 1);
    return band(total / expected);
  }
  const v = latest as number;
  if (meets(v)) return 'achieved';
  if (latestYear >= targetYear) return 'missed';
  const startYear = ind.baseline ? ind.baseline.year : years.find((y) => y < latestYear);
  if (startYear === undefined) return 'insufficient_data';
  const startValue = (ind.baseline ? ind.baseline.value : values.get(startYear)) as number;
  if (meets(startValue)) return 'off_track';
  const expected = startValue + ((t - startValue) * (latestYear - startYear)) / (targetYear - startYear);
  return band((v - startValue) / (expected - startValue));
}

describe('illustrative actuals', () => {
  it('say they are illustrative, not official', () => {
    expect(illustrative.note).toMatch(/illustrative/i);
    expect(illustrative.note).toMatch(/not official/i);
  });

  it('reference existing 68/KH-UBND indicators, 8 to 12 of them', () => {
    const ids = new Set(illustrative.actuals.map((a) => a.indicatorId));
    for (const id of ids) expect(indicators.get(id)?.doc.plan.number, id).toBe('68/KH-UBND');
    expect(ids.size).toBeGreaterThanOrEqual(8);
    expect(ids.size).toBeLessThanOrEqual(12);
  });

  it('use years 2021–2025, one value per indicator and year, of the right type and range', () => {
    const seen = new Set<string>();
    for (const a of illustrative.actuals) {
      const { ind } = indicators.get(a.indicatorId)!;
      expect(a.year).toBeGreaterThanOrEqual(2021);
      expect(a.year).toBeLessThanOrEqual(Math.min(2025, ind.target.year));
      const key = `${a.indicatorId}/${a.year}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      if (ind.kind === 'milestone') {
        expect(typeof a.value).toBe('boolean');
      } else {
        expect(typeof a.value).toBe('number');
        const percent = ind.unit.trim() === '%';
        expect(a.value as number).toBeGreaterThanOrEqual(ind.min ?? (percent ? 0 : -Infinity));
        expect(a.value as number).toBeLessThanOrEqual(ind.max ?? (percent ? 100 : Infinity));
      }
    }
  });

  it('show a mix of statuses under linear-trajectory (as of 2026)', () => {
    const series = new Map<string, Map<number, number | boolean>>();
    for (const a of illustrative.actuals) {
      if (!series.has(a.indicatorId)) series.set(a.indicatorId, new Map());
      series.get(a.indicatorId)!.set(a.year, a.value);
    }
    const statuses = Object.fromEntries(
      [...series].map(([id, values]) => {
        const { ind, doc } = indicators.get(id)!;
        return [id, linearTrajectory(ind, doc, values, 2026)];
      }),
    );
    expect(statuses).toEqual({
      'th68-that-nghiep-chung': 'achieved',
      'th68-tham-gia-bhyt': 'on_track',
      'th68-lao-dong-qua-dao-tao': 'on_track',
      'th68-suy-dinh-duong-thap-coi': 'on_track',
      'th68-ho-gia-dinh-cap-quang': 'on_track',
      'th68-bac-si-10000-dan': 'at_risk',
      'th68-giuong-benh-10000-dan': 'at_risk',
      'th68-nha-o-xa-hoi': 'at_risk',
      'th68-tham-gia-bhxh': 'off_track',
      'th68-thue-bao-bang-rong-di-dong': 'off_track',
      'th68-xoa-nha-tam': 'pending',
    });
  });
});
