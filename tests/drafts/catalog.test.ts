import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.ts';
import { draftTargets } from '#shared/drafts/draft.ts';
import type { TargetDraft } from '#shared/drafts/schema.ts';
import { seedsDir } from '../catalog/support.ts';
import { score, type Label } from './score.ts';

/** The catalog is the labelled set: every numeric target with its verbatim sentence. */
const docs = loadCatalog();
const departments = docs.flatMap((d) => d.departments);
const perPlan = docs.map((doc) => {
  const labels: Label[] = doc.indicators
    .filter((i) => i.kind === 'numeric' && typeof i.target.value === 'number')
    .map((i) => ({
      quote: i.source.quote,
      comparator: i.target.comparator,
      value: i.target.value as number,
      ...(i.target.upper === undefined ? {} : { upper: i.target.upper }),
      unit: i.unit,
      year: i.target.year,
      ...(i.target.change ? { change: i.target.change } : {}),
    }));
  const drafts: TargetDraft[] = draftTargets(readFileSync(path.join(seedsDir, doc.sourceFile), 'utf8'), {
    departments,
  }).targets;
  return { planId: doc.plan.id, result: score(drafts, labels) };
});

describe('drafts against the catalog (docs/target-drafts.md)', () => {
  it.each(perPlan.map((p) => [p.planId, p.result] as const))('%s: figures', (_planId, result) => {
    // Printed so that the report's table can be checked against a run.
    console.log(
      JSON.stringify({
        plan: _planId,
        labels: result.labels,
        drafts: result.drafts,
        recovered: result.recovered,
        correct: result.correct,
        recall: result.recall,
        precision: result.precision,
        missed: result.missed.map((m) => `${m.comparator} ${m.value} ${m.unit} ${m.year}`),
        wrong: result.wrong.map((w) => `${w.comparator} ${w.value} ${w.unit} ${w.year} «${w.subject}»`),
      }),
    );
    expect(result.recovered).toBeLessThanOrEqual(result.labels);
  });

  it('recovers at least 90 % of 68/KH-UBND’s numeric targets with the right comparator, value, unit and year', () => {
    const th68 = perPlan.find((p) => p.planId === 'thanh-hoa-68-kh-ubnd-2024')!.result;
    expect(th68.labels).toBe(41);
    expect(th68.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('at least 90 % of what it drafts is a catalog target, over the five texts', () => {
    const drafts = perPlan.reduce((n, p) => n + p.result.drafts, 0);
    const correct = perPlan.reduce((n, p) => n + p.result.correct, 0);
    expect(drafts).toBeGreaterThan(0);
    expect(correct / drafts).toBeGreaterThanOrEqual(0.9);
    for (const p of perPlan)
      if (p.result.precision !== undefined) expect(p.result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('the texts without numeric targets (115/KH-UBND, 208/KH-UBND) draft none', () => {
    for (const id of ['thanh-hoa-115-kh-ubnd-2017', 'thanh-hoa-208-kh-ubnd-2021'])
      expect(perPlan.find((p) => p.planId === id)!.result.drafts).toBe(0);
  });

  it('68/KH-UBND’s yearly reporting day is read as the catalog has it', () => {
    const doc = docs.find((d) => d.plan.id === 'thanh-hoa-68-kh-ubnd-2024')!;
    const { reporting } = draftTargets(readFileSync(path.join(seedsDir, doc.sourceFile), 'utf8'), { departments });
    expect(reporting?.deadline).toBe(doc.plan.reporting?.deadline);
    expect(reporting?.to?.departmentId).toBe('so-lao-dong-tbxh-thanh-hoa');
  });
});
