import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_FILE, catalogFiles, loadCatalog, loadCatalogTasks } from '../../catalog/index.ts';
import { CatalogDocument } from '../../shared/domain/catalog.ts';
import { catalogDir, normalise, seedText, seedsDir } from './support.ts';

const files = catalogFiles();
const docs = loadCatalog();
const allIndicators = docs.flatMap((d) => d.indicators.map((ind) => ({ doc: d, ind })));
const byId = new Map(allIndicators.map(({ ind }) => [ind.id, ind]));

describe('catalog files', () => {
  it('loads every JSON file in catalog/, one per seed document', () => {
    const onDisk = readdirSync(catalogDir)
      .filter((f) => f.endsWith('.json') && f !== ILLUSTRATIVE_FILE)
      .sort();
    expect(files).toEqual(onDisk);
    expect(files).toHaveLength(5);
    const seeds = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(docs.map((d) => d.sourceFile).sort()).toEqual(seeds);
  });

  it.each(files)('%s passes the CatalogDocument schema as stored', (name) => {
    const raw = readFileSync(path.join(catalogDir, name), 'utf8');
    const result = CatalogDocument.safeParse(JSON.parse(raw));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    // Stored text is already NFC, so what the API stores equals the file.
    expect(raw).toBe(raw.normalize('NFC'));
  });

  it.each(files)('%s is named after its plan id', (name) => {
    const doc = CatalogDocument.parse(JSON.parse(readFileSync(path.join(catalogDir, name), 'utf8')));
    expect(name).toBe(`${doc.plan.id}.json`);
    expect(existsSync(path.join(seedsDir, doc.sourceFile))).toBe(true);
  });
});

describe('traceability', () => {
  it.each(allIndicators.map(({ doc, ind }) => [ind.id, doc.sourceFile, ind.source.quote] as const))(
    '%s quotes its seed (%s) verbatim',
    (_id, sourceFile, quote) => {
      expect(seedText(sourceFile)).toContain(normalise(quote));
    },
  );
});

describe('identifiers and references', () => {
  it('ids are unique across all files: plans, departments and indicators', () => {
    const ids = [
      ...docs.map((d) => d.plan.id),
      ...docs.flatMap((d) => d.departments.map((dep) => dep.id)),
      ...allIndicators.map(({ ind }) => ind.id),
    ];
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('codes are unique within a plan', () => {
    for (const doc of docs) {
      const codes = doc.indicators.map((i) => i.code);
      expect(new Set(codes).size, doc.plan.number).toBe(codes.length);
    }
  });

  it("every indicator's departmentId is a catalogued department", () => {
    const departments = new Set(docs.flatMap((d) => d.departments.map((dep) => dep.id)));
    const dangling = allIndicators.filter(({ ind }) => ind.departmentId && !departments.has(ind.departmentId));
    expect(dangling.map(({ ind }) => ind.id)).toEqual([]);
  });

  it('every catalogued department leads a target or leads or supports a task of its plan, in its area', () => {
    const tasks = loadCatalogTasks();
    for (const doc of docs) {
      const planTasks = tasks.find((t) => t.planId === doc.plan.id)?.tasks ?? [];
      for (const dep of doc.departments) {
        const leadsTarget = doc.indicators.some((i) => i.departmentId === dep.id);
        const onTask = planTasks.some(
          (t) => t.leadDepartmentId === dep.id || t.supportingDepartmentIds.includes(dep.id),
        );
        expect(leadsTarget || onTask, dep.id).toBe(true);
        expect(dep.area).toBe(doc.plan.area);
      }
    }
  });
});

describe('targets', () => {
  it('68/KH-UBND has more than forty targets', () => {
    const doc = docs.find((d) => d.plan.number === '68/KH-UBND');
    expect(doc?.indicators.length).toBeGreaterThan(40);
  });

  it('plans without numbers carry no invented targets', () => {
    for (const number of ['115/KH-UBND', '208/KH-UBND']) {
      expect(docs.find((d) => d.plan.number === number)?.indicators).toEqual([]);
    }
  });

  it('target years fall inside the plan period', () => {
    for (const { doc, ind } of allIndicators) {
      expect(ind.target.year, ind.id).toBeGreaterThanOrEqual(doc.plan.period.startYear);
      expect(ind.target.year, ind.id).toBeLessThanOrEqual(doc.plan.period.endYear);
    }
  });

  it('targets lie inside the value bounds the API will enforce', () => {
    for (const { ind } of allIndicators) {
      if (typeof ind.target.value !== 'number') continue;
      const percent = ind.unit.trim() === '%';
      const min = ind.min ?? (percent ? 0 : -Infinity);
      const max = ind.max ?? (percent ? 100 : Infinity);
      expect(ind.target.value, ind.id).toBeGreaterThanOrEqual(min);
      expect(ind.target.value, ind.id).toBeLessThanOrEqual(max);
    }
  });

  it('per-population ratios are not percentages and have no 100 ceiling', () => {
    const subs = byId.get('th68-thue-bao-bang-rong-di-dong');
    expect(subs?.unit).not.toBe('%');
    expect(subs?.max).toBeUndefined();
  });

  // Spot checks of the readings the brief calls out: comparators and Vietnamese number formats.
  it.each([
    ['th68-that-nghiep-chung', '<', 3, '%', 2030],
    ['th68-that-nghiep-thanh-thi', '<', 2.5, '%', 2030],
    ['th68-lao-dong-qua-dao-tao', '>=', 80, '%', 2030],
    ['th68-tham-gia-bhtn', '>', 45, '%', 2030],
    ['th68-di-hoc-dung-tuoi-tieu-hoc', '>=', 99.5, '%', 2030],
    ['th68-di-hoc-dung-tuoi-thcs', '>=', 95, '%', 2030],
    ['th68-ty-so-gioi-tinh-khi-sinh', '<', 109, 'bé trai/100 bé gái', 2030],
    ['th68-tuoi-tho-trung-binh', '>=', 75, 'tuổi', 2030],
    ['th68-so-nam-song-khoe', '>=', 68, 'năm', 2030],
    ['th68-duoc-si-10000-dan', '>=', 4, 'dược sĩ/10.000 dân', 2030],
    ['th68-tham-gia-bhyt', '>', 95, '%', 2030],
    ['th68-nha-o-xa-hoi', '>=', 13787, 'căn hộ', 2030],
    ['th68-dien-tich-nha-o-binh-quan', '>=', 33, 'm2 sàn/người', 2030],
    ['th68-thue-bao-bang-rong-di-dong', '>', 70, 'thuê bao/100 dân', 2030],
    ['kh12127-giam-so-ho-ngheo', '>=', 50, '%', 2025],
    ['kh12127-giam-ty-le-ho-ngheo-khanh-son', 'between', 4, '%', 2025],
    ['tv1436-can-bo-tttt-co-so', '>=', 100, '%', 2025],
  ] as const)('%s: %s %s %s by %s', (id, comparator, value, unit, year) => {
    const ind = byId.get(id);
    expect(ind?.target).toMatchObject({ comparator, value, year });
    expect(ind?.unit).toBe(unit);
    expect(ind?.kind).toBe('numeric');
  });

  it('models flows, yearly maintenance, districts and milestones', () => {
    expect(byId.get('th68-nha-o-xa-hoi')?.accumulation).toBe('cumulative');
    expect(byId.get('th68-tiem-chung-day-du')?.target.maintain).toBe(true);
    expect(byId.get('kh12127-giam-ty-le-ho-ngheo-khanh-vinh')).toMatchObject({
      area: 'huyện Khánh Vĩnh',
      target: { comparator: 'between', value: 4, upper: 5, change: 'decrease' },
    });
    expect(byId.get('th68-loai-tru-sot-ret')).toMatchObject({
      kind: 'milestone',
      target: { comparator: '=', value: true },
    });
  });

  it('reads per-year changes, quarter deadlines, "khoảng" floors, the fertility tolerance and the counting window', () => {
    for (const id of ['kh12127-giam-ty-le-ho-ngheo-khanh-son', 'kh12127-giam-ty-le-ho-ngheo-khanh-vinh']) {
      expect(byId.get(id)?.target, id).toEqual({
        comparator: 'between',
        value: 4,
        upper: 5,
        change: 'decrease',
        year: 2025,
      });
      expect(byId.get(id)?.source.quote, id).toContain('phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm');
    }
    expect(byId.get('tv1436-danh-gia-cuoi-giai-doan')?.target.due).toBe('2025-09-30');
    expect(byId.get('tv1436-tong-ket-ke-hoach')?.target.due).toBe('2025-12-31');
    expect(byId.get('tv1436-danh-gia-cuoi-giai-doan')?.source.quote).toContain('quý III/2025');
    expect(byId.get('th68-tuoi-tho-trung-binh')?.note).toContain('khoảng 75 tuổi');
    expect(byId.get('th68-dien-tich-nha-o-binh-quan')?.note).toContain('khoảng 33m2 sàn/người');
    expect(byId.get('th68-muc-sinh-thay-the')?.target).toMatchObject({
      comparator: '~',
      value: 2.1,
      tolerance: 0.1,
      maintain: true,
    });
    // The text gives no year to count social housing from, so the plan's start counts (the note says so).
    expect(byId.get('th68-nha-o-xa-hoi')?.target.countFrom).toBeUndefined();
    expect(byId.get('th68-nha-o-xa-hoi')?.note).toContain('countFrom');
  });

  it('"duy trì", "giữ vững", "vững chắc", "hằng năm" targets hold every year', () => {
    const held = allIndicators.filter(({ ind }) => ind.target.maintain).map(({ ind }) => ind.id);
    expect(held.sort()).toEqual([
      'kh12127-ho-chinh-sach-muc-song',
      'kh12127-ho-chinh-sach-thuoc-dien-ngheo',
      'kh12127-xa-lam-tot-cong-tac-nguoi-co-cong',
      'th68-muc-sinh-thay-the',
      'th68-tiem-chung-day-du',
      'th68-xoa-mu-chu-muc-2',
    ]);
    for (const { ind } of allIndicators.filter(({ ind }) => ind.target.maintain)) {
      expect(ind.source.quote, ind.id).toMatch(/duy trì|giữ vững|vững chắc|hằng năm|không để/);
    }
  });

  it('every target has a department; those the text names no lead for go to the consolidating one and say so', () => {
    for (const { ind } of allIndicators) expect(ind.departmentId, ind.id).toBeDefined();
    const consolidating = allIndicators.filter(({ ind }) => ind.leadBasis === 'consolidating');
    expect(consolidating.map(({ ind }) => [ind.id, ind.departmentId])).toEqual([
      ['th68-ve-sinh-ho-gia-dinh', 'so-lao-dong-tbxh-thanh-hoa'],
      ['th68-ve-sinh-truong-hoc', 'so-lao-dong-tbxh-thanh-hoa'],
      ['th68-ve-sinh-tram-y-te', 'so-lao-dong-tbxh-thanh-hoa'],
      ['tv1436-can-bo-tttt-co-so', 'so-lao-dong-tbxh-tra-vinh'],
    ]);
    for (const { doc, ind } of consolidating) {
      expect(ind.note, ind.id).toMatch(/no (lead )?department is named/i);
      // The consolidating department is the one the plan reports through (its reporting.to, or the sentence that says so).
      const to = doc.plan.reporting?.to ?? seedText(doc.sourceFile);
      expect(to, ind.id).toContain('Sở Lao động - Thương binh và Xã hội');
    }
  });

  it('sets a baseline only where the text gives one (none of the seeds does)', () => {
    expect(allIndicators.filter(({ ind }) => ind.baseline).map(({ ind }) => ind.id)).toEqual([]);
  });

  it('keeps Vietnamese names with their diacritics', () => {
    expect(byId.get('th68-that-nghiep-chung')?.name.vi).toBe('Tỷ lệ thất nghiệp chung');
    for (const { ind } of allIndicators)
      expect(ind.name.vi).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
  });

  it('reads the reporting rules the texts give', () => {
    const rule = (number: string) => docs.find((d) => d.plan.number === number)?.plan.reporting;
    expect(rule('68/KH-UBND')).toMatchObject({ deadline: '12-10', yearOffset: 0 });
    expect(rule('115/KH-UBND')).toMatchObject({ deadline: '12-10', yearOffset: 0 });
    expect(rule('12127/KH-UBND')).toMatchObject({ deadline: '11-15', yearOffset: 0 });
    // 1436 asks for a yearly report without a date; the 208 seed is cut off before its rule.
    expect(rule('1436/QĐ-UBND')).toBeUndefined();
    expect(rule('208/KH-UBND')).toBeUndefined();
  });
});
