import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';
import * as fixtures from '../support/fixtures.ts';
import { seedsDir } from '../catalog/support.ts';

const api = useLocalApi();
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const seed68 = readFileSync(path.join(seedsDir, 'thanh-hoa-68-kh-ubnd-2024.txt'), 'utf8');

describe('POST /target-drafts', () => {
  it('drafts 68/KH-UBND from text/plain: its targets, sections, years, reporting day and its stored lead', async () => {
    const admin = await api.token({ role: 'admin' });
    // Leads are matched to the departments the API stores: here the one 68/KH-UBND reports to.
    const created = await api.call('POST', '/departments', {
      token: admin,
      body: { id: 'so-lao-dong-tbxh-thanh-hoa', name: 'Sở Lao động - Thương binh và Xã hội', area: 'Thanh Hóa' },
    });
    expect(created.status).toBe(201);
    // The department list is an index, eventually consistent: wait until it shows the new one.
    for (let i = 0; i < 50; i++) {
      const listed = await api.call('GET', '/departments?limit=200');
      if (listed.body.items.some((d: { id: string }) => d.id === 'so-lao-dong-tbxh-thanh-hoa')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const res = await api.call('POST', '/target-drafts', {
      token: admin,
      rawBody: seed68,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    expect(res.body.targets).toHaveLength(37);
    const bhyt = res.body.targets.find((t: { subject: string }) => t.subject.startsWith('Tỷ lệ dân số tham gia bảo'));
    expect(bhyt).toMatchObject({ comparator: '>', value: 95, unit: '%', year: 2030, section: 'II.2.1.b' });
    expect(seed68.normalize('NFC').slice(bhyt.start, bhyt.end)).toBe(bhyt.quote);
    expect(res.body.reporting).toMatchObject({
      deadline: '12-10',
      to: { departmentId: 'so-lao-dong-tbxh-thanh-hoa' },
    });
  });

  it('reads a .docx (written by the docx library, read by mammoth) and JSON {text} the same way', async () => {
    const admin = await api.token({ role: 'admin' });
    const lines = [
      '2.1. Đến năm 2030',
      'a) Về lao động',
      '- Tỷ lệ thất nghiệp chung dưới 3%, khu vực thành thị dưới 2,5%.',
    ];
    const file = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
    const fromDocx = await api.call('POST', '/target-drafts', {
      token: admin,
      rawBody: file,
      headers: { 'content-type': docxType },
    });
    const fromJson = await api.call('POST', '/target-drafts', { token: admin, body: { text: lines.join('\n') } });
    expect(fromDocx.status).toBe(200);
    expect(fromJson.status).toBe(200);
    const shape = (r: typeof fromJson) =>
      r.body.targets.map((t: { comparator: string; value: number; year: number; section: string }) => [
        t.comparator,
        t.value,
        t.year,
        t.section,
      ]);
    expect(shape(fromDocx)).toEqual([
      ['<', 3, 2030, '2.1.a'],
      ['<', 2.5, 2030, '2.1.a'],
    ]);
    expect(shape(fromJson)).toEqual(shape(fromDocx));
  });

  it('refuses what it cannot read: 413 over 2 MiB, 415 another type, 400 not UTF-8, 422 empty or not a .docx', async () => {
    const admin = await api.token({ role: 'admin' });
    const post = (rawBody: string | Buffer, type: string) =>
      api.call('POST', '/target-drafts', { token: admin, rawBody, headers: { 'content-type': type } });
    const big = await post('Tỷ lệ hộ nghèo dưới 3%. '.repeat(90_000), 'text/plain');
    expect(big.status).toBe(413);
    const html = await post('<p>Tỷ lệ</p>', 'text/html');
    expect(html.status).toBe(415);
    expect(html.body.accepted).toEqual(['text/plain', docxType, 'application/json']);
    const latin = await post(Buffer.from([0x54, 0x1b, 0xe1, 0xbb, 0x20, 0xff, 0xfe]), 'text/plain');
    expect(latin.status).toBe(400);
    expect((await post('   \n', 'text/plain')).status).toBe(422);
    const notDocx = await post(Buffer.from('PK not a zip at all'), docxType);
    expect(notDocx.status).toBe(422);
    expect(notDocx.headers.get('content-type')).toMatch(/^application\/problem\+json/u);
    expect(notDocx.body.errors[0]).toMatchObject({ in: 'body' });
  });

  it('a 2 MiB plan text drafts within a few seconds', async () => {
    const admin = await api.token({ role: 'admin' });
    let text = '';
    while (Buffer.byteLength(text + seed68) < 2 * 1024 * 1024 - 1024) text += seed68;
    const started = performance.now();
    const res = await api.call('POST', '/target-drafts', {
      token: admin,
      rawBody: text,
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(200);
    expect(res.body.targets.length).toBeGreaterThan(37 * 40);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('POST /plans/{planId}/indicators:batch', () => {
  it('creates every indicator, each with its source, in one request', async () => {
    const { admin, planId, departmentId } = await seedBasics(api, '-batch');
    const indicators = [
      fixtures.indicator('batch-a', { departmentId }),
      fixtures.indicator('batch-b', {
        departmentId,
        source: { section: 'II.2.1.a', quote: 'Tỷ lệ thất nghiệp chung dưới 3%' },
      }),
      fixtures.milestone('batch-c', { departmentId }),
    ];
    const res = await api.call('POST', `/plans/${planId}/indicators:batch`, { token: admin, body: { indicators } });
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(3);
    const listed = await api.call('GET', `/plans/${planId}/indicators`);
    const byId = new Map(listed.body.items.map((i: { id: string }) => [i.id, i]));
    expect((byId.get('batch-b') as { source: unknown }).source).toEqual(indicators[1]!.source);
    expect(byId.has('batch-c')).toBe(true);
  });

  it('writes nothing when one indicator is refused: an existing id (409), an unknown department (422), a bad field (422)', async () => {
    const { admin, planId, departmentId, indicatorId } = await seedBasics(api, '-batch-none');
    const good = fixtures.indicator('none-a', { departmentId });
    const cases: [unknown[], number][] = [
      [[good, fixtures.indicator(indicatorId, { departmentId })], 409],
      [[good, fixtures.indicator('none-b', { departmentId: 'so-khong-co' })], 422],
      [[good, fixtures.indicator('none-c', { target: { comparator: '>', value: 'nhiều', year: 2030 } })], 422],
      [[good, { ...good }], 422],
    ];
    for (const [indicators, status] of cases) {
      const res = await api.call('POST', `/plans/${planId}/indicators:batch`, { token: admin, body: { indicators } });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
    }
    const bad = await api.call('POST', `/plans/${planId}/indicators:batch`, {
      token: admin,
      body: {
        indicators: [good, fixtures.indicator('none-c', { target: { comparator: '>', value: 'x', year: 2030 } })],
      },
    });
    expect(bad.body.errors[0].pointer).toBe('/indicators/1/target/value');
    expect((await api.call('GET', '/indicators/none-a')).status).toBe(404);
  });

  it('refuses a batch one transaction cannot hold (413), and an unknown plan (404)', async () => {
    const { admin, planId } = await seedBasics(api, '-batch-big');
    const many = Array.from({ length: 49 }, (_, i) => fixtures.indicator(`big-${i}`, { departmentId: `so-${i % 5}` }));
    const big = await api.call('POST', `/plans/${planId}/indicators:batch`, {
      token: admin,
      body: { indicators: many },
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ limitItems: 100, items: 104 });
    const fifty = Array.from({ length: 50 }, (_, i) => fixtures.indicator(`fifty-${i}`));
    expect(
      (await api.call('POST', `/plans/${planId}/indicators:batch`, { token: admin, body: { indicators: fifty } }))
        .status,
    ).toBe(422);
    const nowhere = await api.call('POST', '/plans/khong-co/indicators:batch', {
      token: admin,
      body: { indicators: [fixtures.indicator('nowhere-a', { departmentId: undefined })] },
    });
    expect(nowhere.status).toBe(404);
  });
});
