import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '#shared/progress/index.ts';
import { buildConsolidatedReport, reportKind } from '#shared/reports/consolidated/build.ts';
import { yearReporting } from '#shared/reports/consolidated/expected-units.ts';
import { initials } from '#shared/reports/consolidated/words.ts';
import * as f from './fixtures.ts';
import { yearTargetsHeader } from './support.ts';

const rule = { deadline: '12-10', yearOffset: 0 };

const build = f.reportOf;

describe('what kind of report a span is', () => {
  it.each([
    [{ from: 2025, to: 2025 }, 'year'],
    [{ from: 2024, to: 2026 }, 'midterm'],
    [{ from: 2025, to: 2030 }, 'midterm'],
    [{ from: 2024, to: 2030 }, 'final'],
  ] as const)('%o is %s', (span, kind) => {
    expect(reportKind(span, { startYear: 2024, endYear: 2030 })).toBe(kind);
  });
});

describe('the issuing body’s letters in "Số: …/BC-…"', () => {
  it.each([
    ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
    ['Sở Y tế', 'SYT'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT'],
  ])('%s → %s', (name, letters) => expect(initials(name)).toBe(letters));
});

describe('a unit’s timeliness for a year (due 10/12, the due day still on time, in Hà Nội time)', () => {
  const reports = (submittedAt?: string) =>
    submittedAt ? [{ departmentId: 'u', year: 2025, state: 'submitted', submittedAt, sections: {} }] : [];
  it.each([
    ['sent 23:59 on 10/12 in Hà Nội', '2025-12-10T16:59:59.000Z', '2026-01-01', 'on_time'],
    ['sent 00:00 on 11/12 in Hà Nội', '2025-12-10T17:00:00.000Z', '2026-01-01', 'late'],
    ['sent early', '2025-03-01T00:00:00.000Z', '2025-03-02', 'on_time'],
    ['not sent, on the due day', undefined, '2025-12-10', 'not_due'],
    ['not sent, the day after', undefined, '2025-12-11', 'missing'],
    ['sent on 12/12, judged as of 11/12: not arrived yet', '2025-12-12T02:00:00.000Z', '2025-12-11', 'missing'],
  ])('%s → %s', (_what, submittedAt, asOf, timeliness) => {
    const answer = yearReporting(rule, 2025, ['u'], reports(submittedAt), asOf)!;
    expect(answer.due).toBe('2025-12-10');
    const arrived = submittedAt !== undefined && timeliness !== 'missing';
    expect(answer.units).toEqual([{ departmentId: 'u', timeliness, ...(arrived ? { submittedAt } : {}) }]);
  });

  it('a yearOffset moves the due date into the next year; no reporting rule, no due date to judge by', () => {
    expect(yearReporting({ deadline: '03-31', yearOffset: 1 }, 2025, ['u'], [], '2026-03-31')).toEqual({
      year: 2025,
      due: '2026-03-31',
      units: [{ departmentId: 'u', timeliness: 'not_due' }],
    });
    expect(yearReporting(undefined, 2025, ['u'], [], '2026-03-31')).toBeUndefined();
  });

  it('property: arrived by asOf, on time exactly when its Hà Nội day is not after the due day; else missing exactly once the due day passed', () => {
    const day = fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.option(day), fc.integer({ min: 0, max: 2 }), (asOfDate, sent, yearOffset) => {
        const asOf = asOfDate.toISOString().slice(0, 10);
        const answer = yearReporting(
          { deadline: '12-10', yearOffset },
          2025,
          ['u'],
          reports(sent?.toISOString()),
          asOf,
        )!;
        const [unit] = answer.units;
        const due = `${2025 + yearOffset}-12-10`;
        const hanoiDay = sent && new Date(sent.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
        if (hanoiDay && hanoiDay <= asOf) expect(unit!.timeliness).toBe(hanoiDay <= due ? 'on_time' : 'late');
        else expect(unit!.timeliness).toBe(asOf > due ? 'missing' : 'not_due');
      }),
    );
  });
});

describe('the consolidated report of a year', () => {
  const report = build({ from: 2025, to: 2025 }, '2026-01-15');

  it('heads the page as the decree does', () => {
    expect(report.issuingBody).toEqual({
      parent: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
      name: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      abbreviation: 'SLĐTBXH',
      properName: 'Sở Lao động - Thương binh và Xã hội',
    });
    expect(report.recipients).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa (b/c);', 'Các đơn vị báo cáo;', 'Lưu: VT.']);
    expect(report.annexCaption).toBe(
      '(Kèm theo Báo cáo số …/BC-SLĐTBXH ngày … tháng … năm 2026 của Sở Lao động - Thương binh và Xã hội)',
    );
    expect(report.number).toBe('Số: …/BC-SLĐTBXH');
    expect(report.placeAndDate).toBe('Thanh Hóa, ngày … tháng … năm 2026');
    expect([report.title, report.subtitle]).toEqual(['BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 68/KH-UBND năm 2025']);
    expect(report.fileName).toBe('th-68-bao-cao-2025');
  });

  it('without a consolidating department, the plan’s issuer reports under its own letters', () => {
    const own = build(
      { from: 2025, to: 2025 },
      '2026-01-15',
      f.sources({ plan: { ...f.plan, reporting: { deadline: '12-10', yearOffset: 0 } } }),
    );
    expect(own.issuingBody).toEqual({
      name: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
      abbreviation: 'UBND',
      properName: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    });
    expect(own.number).toBe('Số: …/BC-UBND');
  });

  it('lists the targets in code order with Vietnamese numbers, "(ước)" on provisional values and the status in words', () => {
    expect(report.targets.header).toEqual(yearTargetsHeader(2025));
    const rows = report.targets.rows.map((r) => [
      r.stt,
      r.code,
      r.target,
      ...r.values.map((v) => v.text),
      r.assessment,
      r.lead,
    ]);
    // Worked by hand: BHYT from 90 (2023) to 95 by 2030 expects 91,43 by 2025; 92,75 reaches ratio 1,92 → on track.
    // Social housing: 13.787 over 2024–2030 is 1.969,57 a year, 3.939,14 by 2025; 3.620,5 built → 0,92 → at risk.
    expect(rows).toEqual([
      [1, 'II.2', '> 95 (2030)', '91,2', '92,75', 'Đúng tiến độ (số liệu minh họa)', 'Sở Y tế'],
      [2, 'II.9', 'Hoàn thành (2030)', '', '', 'Đang chờ', 'Sở Y tế'],
      [3, 'II.10', '≥ 13.787 (2030)', '1.520', '2.100,5 (ước)', 'Có nguy cơ không đạt', 'Sở Xây dựng'],
    ]);
    expect(report.targets.rows[2]!.values[1]).toEqual({
      year: 2025,
      value: 2100.5,
      text: '2.100,5 (ước)',
      provisional: true,
      illustrative: false,
    });
  });

  it('prints each unit’s submitted text under its name, never a draft', () => {
    const [results, shortcomings, ...rest] = report.sections;
    expect(results!.title).toBe('I. KẾT QUẢ THỰC HIỆN');
    expect(results!.lead).toBe(
      'Năm 2025, Kế hoạch số 68/KH-UBND có 3 chỉ tiêu được theo dõi: 1 đúng tiến độ, 1 có nguy cơ không đạt, 1 đang chờ (chi tiết tại Phụ lục 1). ' +
        'Có 2 nhiệm vụ: 1 hoàn thành đúng hạn, 1 quá hạn (Phụ lục 2). ' +
        'Báo cáo của các đơn vị năm 2025: 2/3 đơn vị đã gửi, 1 đúng hạn (Phụ lục 3).',
    );
    expect(results!.units).toEqual([
      { name: 'Sở Xây dựng', texts: [{ year: 2025, text: 'Hoàn thành 2.100 căn nhà ở xã hội.' }] },
      { name: 'Sở Y tế', texts: [{ year: 2025, text: 'Tỷ lệ tham gia BHYT đạt 92,75%.\nĐã cấp 1.200 thẻ.' }] },
    ]);
    expect(shortcomings!.units.map((u) => u.name)).toEqual(['Sở Xây dựng', 'Sở Y tế']);
    expect(rest.map((s) => [s.title, s.units.length])).toEqual([
      ['III. NGUYÊN NHÂN', 0],
      ['IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 0],
      ['V. KIẾN NGHỊ, ĐỀ XUẤT', 0],
    ]);
    expect(JSON.stringify(report)).not.toContain('Bản nháp');
  });

  it('judges the tasks with shared/tasks/status.ts and names their evidence', () => {
    expect(report.tasks.rows.map((r) => [r.code, r.lead, r.year, r.due, r.statusText, r.evidence])).toEqual([
      ['2', 'Sở Xây dựng', 2025, '30/06/2025', 'Hoàn thành đúng hạn', 'Quyết định số 123/QĐ-UBND ngày 15/06/2025'],
      ['10', 'Sở Lao động - Thương binh và Xã hội', 2025, '10/12/2025', 'Quá hạn', ''],
    ]);
  });

  it('says which units reported, on time or late, and when', () => {
    expect(report.units.dueNote).toBe('Hạn gửi báo cáo: 10/12/2025.');
    expect(report.units.rows.map((r) => r.cells)).toEqual([
      ['1', 'Sở Lao động - Thương binh và Xã hội', '', 'Chưa báo cáo'],
      ['2', 'Sở Xây dựng', '11/12/2025', 'Chậm'],
      ['3', 'Sở Y tế', '10/12/2025', 'Đúng hạn'],
    ]);
  });

  it('without tasks or units in the store, the annexes say so instead of printing an empty table', () => {
    const bare = buildConsolidatedReport(f.sources({ tasks: undefined, unitReports: undefined }), {
      span: { from: 2025, to: 2025 },
      asOf: '2026-01-15',
    });
    expect(bare.tasks.rows).toEqual([]);
    expect(bare.tasks.note).toBe('Chưa có nhiệm vụ của kế hoạch được theo dõi trong hệ thống.');
    expect(bare.units.note).toBe('Chưa có đơn vị phải báo cáo.');
    expect(bare.sections.every((s) => s.units.length === 0)).toBe(true);
  });
});

describe('reviews over a span (sơ kết, tổng kết)', () => {
  it('a column per year, a unit column per year, the title of a review', () => {
    const review = build({ from: 2024, to: 2026 }, '2026-12-01');
    expect(review.kind).toBe('midterm');
    expect(review.subtitle).toBe('Sơ kết giai đoạn 2024–2026 thực hiện Kế hoạch số 68/KH-UBND');
    expect(review.targets.columns.map((c) => c.label)).toEqual(['Năm 2024', 'Năm 2025', 'Năm 2026']);
    expect(review.targets.rows[2]!.values.map((v) => v.text)).toEqual(['1.520', '2.100,5 (ước)', '']);
    expect(review.units.header).toEqual(['STT', 'Đơn vị', 'Năm 2024', 'Năm 2025', 'Năm 2026']);
    expect(review.units.rows[2]!.cells).toEqual([
      '3',
      'Sở Y tế',
      'Chưa báo cáo',
      'Đúng hạn (10/12/2025)',
      'Chưa đến hạn',
    ]);
    expect(review.units.dueNote).toBe(
      'Hạn gửi báo cáo: năm 2024: 10/12/2024; năm 2025: 10/12/2025; năm 2026: 10/12/2026.',
    );
    expect(review.fileName).toBe('th-68-so-ket-2024-2026');
    expect(review.sections[0]!.lead).toContain(
      'Báo cáo của các đơn vị năm 2024: 0/3 đơn vị đã gửi; năm 2025: 2/3 đơn vị đã gửi, 1 đúng hạn; năm 2026: chưa đến hạn (Phụ lục 3).',
    );
    expect(build({ from: 2024, to: 2030 }, '2031-01-01').subtitle).toBe(
      'Tổng kết giai đoạn 2024–2030 thực hiện Kế hoạch số 68/KH-UBND',
    );
  });
});

describe('properties', () => {
  const value = fc.double({ min: 0, max: 100, noNaN: true });
  const later = fc.array(
    fc.tuple(fc.constantFrom('bhyt', 'nha-o-xa-hoi'), fc.integer({ min: 2026, max: 2030 }), value),
    {
      maxLength: 8,
    },
  );

  it('a later year’s value never changes an earlier year’s report, whenever it is built', () => {
    fc.assert(
      fc.property(later, fc.integer({ min: 0, max: 2000 }), (extra, days) => {
        const asOf = new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        const base = build({ from: 2025, to: 2025 }, asOf);
        const unique = new Map(extra.map(([id, year, v]) => [`${id} ${year}`, f.actual(id, year, v)]));
        const more = build({ from: 2025, to: 2025 }, asOf, f.sources({ actuals: [...f.actuals, ...unique.values()] }));
        expect(more.targets).toEqual(base.targets);
      }),
    );
  });

  it('each row’s status is the progress engine’s as of the report’s last day, and each value the one stored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2024, max: 2027 }), value), { maxLength: 6 }),
        fc.integer({ min: 2024, max: 2027 }),
        (points, year) => {
          const stored = [...new Map(points.map(([y, v]) => [y, f.actual('bhyt', y, v)])).values()];
          const report = build({ from: year, to: year }, '2031-01-01', f.sources({ actuals: stored }));
          const row = report.targets.rows.find((r) => r.indicatorId === 'bhyt')!;
          const engine = computeProgress({
            indicator: f.indicators[1]!,
            period: f.plan.period,
            actuals: stored,
            asOf: `${year}-12-31`,
          });
          expect(row.status).toBe(engine.status);
          for (const cell of row.values)
            expect(cell.value).toBe(stored.find((a) => a.year === cell.year)?.value ?? null);
        },
      ),
    );
  });
});

describe('the targets annex’s note on "(ước)"', () => {
  it('is there when a value is provisional, and only then', () => {
    expect(f.reportOf({ from: 2025, to: 2025 }, '2026-01-15').targets.note).toBe(
      'Số liệu ghi "(ước)" là số ước thực hiện, chưa phải số chính thức.',
    );
    const final = f.actuals.map((a) => ({ ...a, status: 'final' as const }));
    expect(
      f.reportOf({ from: 2025, to: 2025 }, '2026-01-15', f.sources({ actuals: final })).targets.note,
    ).toBeUndefined();
  });
});

describe('a completeness answer as JSON writes it (nulls for absent values)', () => {
  it('prints its units and leaves a year without a due date out of the due note', () => {
    const report = buildConsolidatedReport(
      f.sources({
        reporting: [
          {
            year: 2025,
            due: null,
            units: [
              { departmentId: 'so-y-te', submittedAt: null, timeliness: 'not_due' },
              { departmentId: 'so-xay-dung', submittedAt: '2025-12-01T01:00:00.000Z', timeliness: 'on_time' },
            ],
          },
        ],
      }),
      { span: { from: 2025, to: 2025 }, asOf: '2026-01-15' },
    );
    expect(report.units.rows.map((r) => r.cells)).toEqual([
      ['1', 'Sở Xây dựng', '01/12/2025', 'Đúng hạn'],
      ['2', 'Sở Y tế', '', 'Chưa đến hạn'],
    ]);
    expect(report.units.dueNote).toBeUndefined();
  });
});

describe('which unit texts are printed', () => {
  it.each([
    ['submitted', true],
    ['accepted', true],
    ['returned', false],
    ['draft', false],
  ])('a %s report: printed %s', (state, printed) => {
    const reports = [{ departmentId: 'so-y-te', year: 2025, state, sections: { causes: 'Nguyên nhân khách quan' } }];
    const report = f.reportOf({ from: 2025, to: 2025 }, '2026-01-15', f.sources({ unitReports: reports }));
    expect(report.sections.find((s) => s.key === 'causes')!.units.length).toBe(printed ? 1 : 0);
  });
});
