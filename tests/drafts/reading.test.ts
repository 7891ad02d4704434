import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftTargets } from '#shared/drafts/draft.ts';
import { numberTokens, parseVietnameseNumber } from '#shared/drafts/numbers.ts';
import type { TargetDraft } from '#shared/drafts/schema.ts';

/** The one target a sentence drafts (fails when it drafts none or several). */
const only = (text: string): TargetDraft => {
  const { targets } = draftTargets(text);
  expect(targets, text).toHaveLength(1);
  return targets[0]!;
};

describe('Vietnamese numbers', () => {
  it.each([
    ['13.787', 13787],
    ['2,5', 2.5],
    ['99,5', 99.5],
    ['04', 4],
    ['1.000.000', 1000000],
    ['4.700', 4700],
    ['1.234,5', 1234.5],
    ['70', 70],
  ])('%s is %d', (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });

  it.each([
    ['Nghị định số 27/2022/NĐ-CP', 'a document number'],
    ['Nghị quyết số 42-NQ/TW', 'a party resolution number'],
    ['trước ngày 10/12', 'a day and month'],
    ['ngày 10/01/2024', 'a full date'],
    ['cách mạng công nghiệp 4.0', 'a version'],
  ])('%s holds no figure (%s)', (text) => {
    expect(numberTokens(text).filter((t) => !/^(?:19|20)\d\d$/u.test(t.text))).toEqual([]);
  });

  it.each([
    ['Tỷ lệ hộ nghèo dưới 70% đến năm 2030.', 70, '%'],
    ['Tỷ lệ hộ nghèo dưới 70 % đến năm 2030.', 70, '%'],
    ['Xây dựng được ít nhất 13.787 căn hộ nhà ở xã hội đến năm 2030.', 13787, 'căn hộ'],
    ['Tỷ lệ thất nghiệp khu vực thành thị dưới 2,5% đến năm 2030.', 2.5, '%'],
    ['Đạt 04 dược sĩ trên 10.000 dân vào năm 2030.', 4, 'dược sĩ/10.000 dân'],
    ['Đạt 15 bác sĩ/1 vạn dân vào năm 2030.', 15, 'bác sĩ/10.000 dân'],
    ['Đạt 15 bác sĩ trên 1 vạn dân vào năm 2030.', 15, 'bác sĩ/10.000 dân'],
    ['Diện tích nhà ở bình quân đầu người đạt khoảng 33m2 sàn/người đến năm 2030.', 33, 'm2 sàn/người'],
    ['Diện tích nhà ở bình quân đạt 30 m² sàn/người đến năm 2030.', 30, 'm² sàn/người'],
    ['Tuổi thọ trung bình của người dân khoảng 75 tuổi đến năm 2030.', 75, 'tuổi'],
    ['Số năm sống khỏe đạt tối thiểu 68 năm đến năm 2030.', 68, 'năm'],
    ['Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái đến năm 2030.', 109, 'bé trai/100 bé gái'],
    ['Thu nhập bình quân đầu người đạt 5.000 USD vào năm 2030.', 5000, 'USD'],
    ['Số thuê bao băng rộng di động đạt 70 thuê bao/100 dân đến năm 2030.', 70, 'thuê bao/100 dân'],
  ])('%s → %d %s', (text, value, unit) => {
    const draft = only(text);
    expect(draft.value).toBe(value);
    expect(draft.unit).toBe(unit);
    expect(draft.year).toBe(2030);
  });
});

describe('comparator words', () => {
  it.each([
    ['trên', '>'],
    ['hơn', '>'],
    ['vượt', '>'],
    ['đạt trên', '>'],
    ['dưới', '<'],
    ['đạt dưới', '<'],
    ['không quá', '<='],
    ['không vượt quá', '<='],
    ['ít nhất', '>='],
    ['tối thiểu', '>='],
    ['tối thiểu đạt', '>='],
    ['không thấp hơn', '>='],
    ['đạt', '>='],
    ['là', '>='],
    ['khoảng', '~'],
    ['xấp xỉ', '~'],
    ['còn', '<='],
    ['xuống còn', '<='],
    ['xuống', '<='],
  ] as const)('“%s 45%%” is %s', (word, comparator) => {
    const draft = only(`Tỷ lệ lao động qua đào tạo ${word} 45% vào năm 2030.`);
    expect(draft.comparator).toBe(comparator);
    expect(draft.value).toBe(45);
    // The word read is the one written; "tối thiểu đạt" reads as "tối thiểu", "đạt trên" as "trên".
    expect(word).toContain(draft.basis.comparatorWord);
  });

  it('a bare figure is "at least", less surely than a written word', () => {
    const bare = only('60% lực lượng lao động tham gia bảo hiểm xã hội đến năm 2030.');
    const said = only('Ít nhất 60% lực lượng lao động tham gia bảo hiểm xã hội đến năm 2030.');
    expect(bare.comparator).toBe('>=');
    expect(bare.confidence).toBeLessThan(said.confidence);
  });

  it('"100% … đạt chuẩn" and "100% … được" are at least 100', () => {
    for (const text of [
      '100% trường học đạt chuẩn quốc gia vào năm 2030.',
      '100% hộ gia đình được sử dụng nước sạch vào năm 2030.',
    ]) {
      const draft = only(text);
      expect([draft.comparator, draft.value, draft.unit]).toEqual(['>=', 100, '%']);
    }
  });

  it('"từ 60% trở lên" is at least 60', () => {
    expect(only('Tỷ lệ xã đạt chuẩn nông thôn mới từ 60% trở lên vào năm 2025.').comparator).toBe('>=');
  });

  it('a comparator carries over a list ("dưới 10%, 15%") and a bare figure after "và"', () => {
    const { targets } = draftTargets('Tỷ lệ suy dinh dưỡng thể nhẹ cân dưới 10%, thể thấp còi 15% đến năm 2030.');
    expect(targets.map((t) => [t.comparator, t.value])).toEqual([
      ['<', 10],
      ['<', 15],
    ]);
  });
});

describe('shapes: ranges, yearly change, maintain, baseline', () => {
  it('a range is between, with its upper end', () => {
    const draft = only('Thu nhập bình quân đầu người đạt 4.700-5.000 USD vào năm 2025.');
    expect([draft.comparator, draft.value, draft.upper, draft.unit]).toEqual(['between', 4700, 5000, 'USD']);
    expect(only('Tỷ lệ che phủ rừng đạt 95-100% đến năm 2030.').upper).toBe(100);
  });

  it('"giảm … %/năm" is a yearly decrease', () => {
    const draft = only('Phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm giai đoạn 2021-2025.');
    expect(draft).toMatchObject({ comparator: 'between', value: 4, upper: 5, unit: '%/năm', perYear: true });
    expect(draft.change).toBe('decrease');
    expect(draft.year).toBe(2025);
  });

  it('"tăng bình quân … /năm" is a yearly increase', () => {
    const draft = only('Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm giai đoạn 2021-2025.');
    expect(draft).toMatchObject({ value: 8, perYear: true, change: 'increase', year: 2025 });
  });

  it('"duy trì", "giữ vững" and "hằng năm" mean every year', () => {
    expect(only('Tỷ lệ tiêm chủng đầy đủ duy trì hằng năm đạt trên 95% đến năm 2030.').maintain).toBe(true);
    expect(only('Giữ vững 100% xã có trạm y tế đến năm 2025.').maintain).toBe(true);
    expect(only('Tỷ lệ hộ nghèo dưới 3% đến năm 2030.').maintain).toBeUndefined();
  });

  it('"từ 19,32% đầu năm 2018" is the baseline, not a target nor the target year', () => {
    const draft = only('Giảm tỷ lệ hộ nghèo từ 19,32% đầu năm 2018 xuống còn dưới 10% vào năm 2025.');
    expect(draft).toMatchObject({ comparator: '<', value: 10, baseline: { value: 19.32, year: 2018 }, year: 2025 });
  });

  it('"giảm 1/2" is a fall of at least 50 %', () => {
    const draft = only('Số hộ nghèo năm 2025 giảm 1/2 so với năm đầu nhiệm kỳ.');
    expect(draft).toMatchObject({ comparator: '>=', value: 50, unit: '%', change: 'decrease', year: 2025 });
  });
});

describe('more of the language', () => {
  it('"không để …" is none, every year', () => {
    const draft = only('Đến năm 2025 không để hộ gia đình chính sách rơi vào diện hộ nghèo.');
    expect(draft).toMatchObject({ comparator: '<=', value: 0, unit: 'hộ gia đình', maintain: true, year: 2025 });
    expect(draft.subject).toBe('Số hộ gia đình chính sách rơi vào diện hộ nghèo');
    expect(draftTargets('Không để xảy ra thiếu đói trên diện rộng; không để ai bị bỏ lại phía sau.').targets).toEqual(
      [],
    );
  });

  it('per mille and "lần" are units', () => {
    expect(only('Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 18‰ vào năm 2025.')).toMatchObject({
      comparator: '<=',
      value: 18,
      unit: '‰',
    });
    expect(only('Thu nhập của hộ nghèo tăng ít nhất 1,5 lần đến năm 2025.')).toMatchObject({ value: 1.5, unit: 'lần' });
  });

  it('"so với năm 2020" is what the change is measured from, not the target year', () => {
    const { targets } = draftTargets('KẾ HOẠCH GIAI ĐOẠN 2021 - 2025.\nThu nhập tăng ít nhất 1,5 lần so với năm 2020.');
    expect(targets.map((t) => [t.value, t.year, t.yearFrom])).toEqual([[1.5, 2025, 'document']]);
  });

  it('"trên địa bàn" is a place, not "more than"', () => {
    expect(only('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 10% năm 2024.').comparator).toBe('>=');
  });

  it('a year at a line end is not a count of the word that opens the next line', () => {
    expect(draftTargets('Chương trình giai đoạn 2022 - 2025\nCăn cứ Quyết định số 12/QĐ-UBND;').targets).toEqual([]);
  });

  it("a list's later items take the head they share with the first", () => {
    const { targets } = draftTargets(
      'Đến năm 2030, tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở tối thiểu đạt 95%; tỷ lệ lao động qua đào tạo đạt 80%, trong đó, có bằng cấp, chứng chỉ đạt 35%.',
    );
    expect(targets.map((t) => t.subject)).toEqual([
      'Tỷ lệ đi học đúng độ tuổi cấp tiểu học',
      'Tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở',
      'Tỷ lệ lao động qua đào tạo',
      'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
    ]);
  });
});

describe('not targets', () => {
  it('an age or the base of a rate is who is counted, not a target', () => {
    const { targets } = draftTargets(
      'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân dưới 10% đến năm 2030; tỷ lệ số thuê bao băng rộng di động trên 100 dân đạt trên 70%.',
    );
    expect(targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['<', 10, '%'],
      ['>', 70, 'thuê bao băng rộng di động/100 dân'],
    ]);
  });

  it('a budget is not a target', () => {
    expect(draftTargets('Tổng kinh phí thực hiện khoảng 25 tỷ đồng từ ngân sách tỉnh.').targets).toEqual([]);
  });

  it('a plan excerpt of only deadlines, document numbers and dates drafts nothing', () => {
    const text = [
      'Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ;',
      'Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023, Quyết định 1436/QĐ-UBND;',
      'Điều 3. Quyết định có hiệu lực kể từ ngày ký.',
      'Định kỳ trước ngày 10/12 hằng năm, các sở báo cáo kết quả gửi Sở Kế hoạch và Đầu tư.',
      'Quý III/2025 tổ chức sơ kết; mục 2, khoản 3 Điều 5 Luật Ngân sách nhà nước.',
    ].join('\n');
    const result = draftTargets(text);
    expect(result.targets).toEqual([]);
    expect(result.reporting).toMatchObject({ deadline: '12-10', yearly: true });
  });
});

describe('years, sections, leads, reporting', () => {
  const plan = [
    'KẾ HOẠCH THỰC HIỆN GIAI ĐOẠN 2021-2025',
    'II. MỤC TIÊU',
    '2. Mục tiêu cụ thể',
    '2.1. Đến năm 2030',
    'a) Về y tế',
    '- Tỷ lệ dân số tham gia bảo hiểm y tế trên 95%; đạt 15 bác sĩ trên 10.000 dân.',
    '- Đến năm 2027, tỷ lệ trạm y tế xã có bác sĩ đạt 100%.',
    'b) Về lao động',
    '- Tỷ lệ thất nghiệp dưới 3%.',
    'III. NHIỆM VỤ',
    '1. Sở Y tế: Chủ trì, phối hợp với các sở bảo đảm tỷ lệ tiêm chủng đạt trên 95%.',
    '2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phấn đấu giảm tỷ lệ hộ nghèo xuống còn 2%.',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Định kỳ trước ngày 15/12 hằng năm, báo cáo kết quả gửi Sở Lao động - Thương binh và Xã hội.',
  ].join('\n');
  const known = [
    { id: 'so-y-te-x', name: 'Sở Y tế', area: 'Tỉnh X' },
    { id: 'so-ldtbxh-x', name: 'Sở Lao động - Thương binh và Xã hội', area: 'Tỉnh X' },
  ];
  const { targets, reporting } = draftTargets(plan, { departments: known });

  it('the year comes from the clause, else its section, else the document', () => {
    expect(targets.map((t) => [t.value, t.year, t.yearFrom])).toEqual([
      [95, 2030, 'section'],
      [15, 2030, 'section'],
      [100, 2027, 'clause'],
      [3, 2030, 'section'],
      [95, 2025, 'document'],
      [2, 2025, 'document'],
    ]);
  });

  it('the section is the nearest numbered heading', () => {
    expect(targets.map((t) => t.section)).toEqual(['II.2.1.a', 'II.2.1.a', 'II.2.1.a', 'II.2.1.b', 'III.1', 'III.2']);
  });

  it('the lead is the department the text names as leading, matched to a known one', () => {
    expect(targets.slice(0, 4).every((t) => t.leadDepartment === undefined)).toBe(true);
    expect(targets[4]!.leadDepartment).toEqual({ name: 'Sở Y tế', departmentId: 'so-y-te-x' });
    expect(targets[5]!.leadDepartment).toEqual({
      name: 'Sở Lao động - Thương binh và Xã hội',
      departmentId: 'so-ldtbxh-x',
    });
  });

  it('a reporting deadline is the reporting rule, with whom it is sent to', () => {
    expect(reporting).toMatchObject({
      deadline: '12-15',
      yearly: true,
      to: { name: 'Sở Lao động - Thương binh và Xã hội', departmentId: 'so-ldtbxh-x' },
    });
  });

  it('the subject names what is measured', () => {
    expect(targets[0]!.subject).toBe('Tỷ lệ dân số tham gia bảo hiểm y tế');
    expect(targets[3]!.subject).toBe('Tỷ lệ thất nghiệp');
  });

  it('a figure with a comparator but no unit is a note, not a guess', () => {
    const result = draftTargets('Phấn đấu đến năm 2030 chỉ số hài lòng đạt trên 80 sao.');
    expect(result.targets).toEqual([]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]!.en).toMatch(/no unit/u);
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    'Tỷ lệ hộ nghèo dưới 3%',
    'trên 95% dân số tham gia bảo hiểm y tế',
    'xây dựng được ít nhất 13.787 căn hộ',
    'đạt 15 bác sĩ trên 10.000 dân',
    'giảm 4-5%/năm',
    'đến năm 2030',
    'Nghị định 27/2022/NĐ-CP',
    'ngày 10/12/2024',
    '; ',
    '. ',
    '\n',
    '- ',
    'a) ',
    'II. ',
    '2.1. ',
    ' ',
    'Ho\u0301a',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
    fc.string({ maxLength: 300 }),
  );

  it('every quote is a verbatim substring of the NFC text, at its offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const nfc = text.normalize('NFC');
        for (const t of draftTargets(text).targets) {
          expect(nfc.slice(t.start, t.end)).toBe(t.quote);
          expect(t.quote.normalize('NFC')).toBe(t.quote);
          expect(t.confidence).toBeGreaterThanOrEqual(0);
          expect(t.confidence).toBeLessThanOrEqual(1);
          expect(Number.isFinite(t.value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a text of only deadlines, document numbers and dates drafts nothing', () => {
    const noise = fc.constantFrom(
      'Nghị định số 27/2022/NĐ-CP',
      'Quyết định 1436/QĐ-UBND',
      'Nghị quyết số 42-NQ/TW',
      'ngày 15 tháng 12 năm 2024',
      'trước ngày 10/12 hằng năm',
      'ngày 24/11/2023',
      'Điều 3',
      'khoản 2',
      'quý IV/2025',
      ', ',
      '; ',
      '. ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 25 }), (parts) => {
        expect(draftTargets(parts.join('')).targets).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the same text drafts the same targets (deterministic), whatever its Unicode normal form', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(draftTargets(text.normalize('NFD'))).toEqual(draftTargets(text.normalize('NFC')));
      }),
      { numRuns: 200 },
    );
  });
});
