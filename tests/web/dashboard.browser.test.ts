/**
 * The dashboard in a real browser against `npm start`: Debian's chromium driven by playwright-core.
 * Without chromium this file FAILS (CI installs it: .ci/run); it never skips.
 * Screenshots go to tests/.artifacts/screenshots/ (ignored by git).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { loadOrCreateKeys, signToken } from '../../infra/local/local-auth.ts';
import { exited, startLocalProcess, type RunningServer } from '../support/local-process.ts';

const shots = path.resolve(import.meta.dirname, '../.artifacts/screenshots');
const planId = 'thanh-hoa-68-kh-ubnd-2024';

let server: RunningServer;
let dataDir: string;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const shoot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

/** The bits of a canvas used in the page (this file is type-checked without the DOM library). */
interface Canvas {
  width: number;
  height: number;
  getContext(
    type: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

/** In the page: an expression's value (the DOM is there, not in this file's types). */
const inPage = <T>(expression: string) => page.evaluate(expression) as Promise<T>;

/** True when the canvas has at least one painted pixel. */
const painted = (selector: string) =>
  page.$$eval(selector, (canvases) =>
    (canvases as unknown as Canvas[]).map((canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    }),
  );

const api = async <T>(pathname: string): Promise<T> => (await (await fetch(`${server.url}${pathname}`)).json()) as T;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-dashboard-'));
  server = await startLocalProcess({ CHITIEU_DATA_DIR: dataDir, PORT: String(port) });
  browser = await launchChromium();
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.child.pid) {
    process.kill(-server.child.pid, 'SIGTERM');
    await exited(server.child);
  }
});

describe('the dashboard on npm start', () => {
  it('lists the five plans, each with its number, title, period and status counts', async () => {
    await page.goto(`${server.url}/`);
    const cards = page.locator('[data-testid="plans"] > li');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(5);
    const plans = await api<{ items: { number: string; title: string }[] }>('/plans');
    for (const plan of plans.items) {
      await expect.poll(() => page.locator('[data-testid="plans"]').innerText()).toContain(plan.number);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('.plan-card .status-legend').first().innerText()).toMatch(
      /Đã đạt|Đúng tiến độ|Chưa có số liệu/,
    );
    await expect.poll(() => page.locator('.tag-illustrative').count()).toBeGreaterThan(0);
    await shoot('plans-vi');
  });

  it('opens 68/KH-UBND with every indicator, its status in words, and painted sparklines', async () => {
    await page.getByRole('link', { name: '68/KH-UBND' }).click();
    await page.waitForURL(new RegExp(`#/plans/${planId}`));
    const indicators = await api<{ items: { id: string }[] }>(`/plans/${planId}/indicators?limit=200`);
    expect(indicators.items).toHaveLength(47);
    const rows = page.locator('.indicator-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(47);
    const listed = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-indicator')));
    expect(new Set(listed)).toEqual(new Set(indicators.items.map((i) => i.id)));
    // Every row says its status as a word beside the icon.
    const words = await page.locator('.indicator-row .row-head .status').allInnerTexts();
    expect(words).toHaveLength(47);
    for (const word of words) expect(word.trim()).not.toBe('');
    const sparklines = await painted('canvas.sparkline');
    expect(sparklines.length).toBeGreaterThan(0);
    expect(sparklines.every(Boolean)).toBe(true);
    expect(await page.locator('#reporting-heading').innerText()).toBe('Chế độ báo cáo');
    await shoot('plan-vi');
  });

  it('filters by status through the URL, keeping the focus on the filter', async () => {
    await page.focus('#status');
    await page.selectOption('#status', 'at_risk');
    await page.waitForURL(/status=at_risk/);
    const progress = await api<{ summary: Record<string, number> }>(`/plans/${planId}/progress`);
    expect(progress.summary.at_risk).toBeGreaterThan(0);
    const statuses = () =>
      page.locator('.indicator-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    await expect.poll(statuses).toEqual(Array(progress.summary.at_risk).fill('at_risk'));
    expect(await inPage<string>('document.activeElement.id')).toBe('status');
    await page.selectOption('#status', '');
    await expect.poll(() => page.locator('.indicator-row').count()).toBe(47);
  });

  it('shows an indicator: chart painted, figures, illustrative label, method, history and source', async () => {
    await page.goto(`${server.url}/#/indicators/th68-tham-gia-bhyt`);
    await page.locator('.chart-box canvas').waitFor({ timeout: 20_000 });
    await expect.poll(() => painted('.chart-box canvas').then((p) => p.every(Boolean) && p.length === 1)).toBe(true);
    expect(await page.locator('.figures-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('main .tag-illustrative').count()).toBeGreaterThan(0);
    expect(await page.locator('#method-heading').innerText()).toBe('Phương pháp đánh giá');
    expect(await page.locator('.source blockquote').innerText()).toContain('bảo hiểm y tế');
    expect(await page.locator('#history-heading + .table-wrap tbody tr').count()).toBeGreaterThan(0);
    await shoot('indicator-vi');
  });

  it('switches to English, and stays in English across pages and reloads', async () => {
    await page.locator('#lang-toggle').click();
    await page.waitForURL(/lang=en/);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#method-heading').innerText()).toBe('Method');
    await shoot('indicator-en');
    await page.getByRole('link', { name: 'Plan 68/KH-UBND' }).click();
    await expect.poll(() => page.locator('.indicator-row').count(), { timeout: 20_000 }).toBe(47);
    expect(await page.locator('#reporting-heading').innerText()).toBe('Reporting rule');
    // Numbers follow the language: "92.3%" in English.
    expect(await page.locator('[data-indicator="th68-tham-gia-bhyt"] .figures').innerText()).toMatch(/\d+\.\d%/);
    await shoot('plan-en');
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 20_000 }).toBe('Plans');
    expect(page.url()).toContain('lang=en');
    await shoot('plans-en');
  });

  it("shows a plan's reporting page: each unit's state and timeliness per year, the rate, both report files", async () => {
    await page.goto(`${server.url}/#/plans/${planId}?lang=vi`);
    await page.getByRole('link', { name: 'Tình hình báo cáo của các đơn vị' }).click();
    await page.waitForURL(new RegExp(`#/plans/${planId}/reports`));
    const years = page.locator('section.report-year');
    await expect.poll(() => years.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const year = Number(await years.first().getAttribute('data-year'));
    const status = await api<{ units: { departmentId: string; timeliness: string }[]; summary: { expected: number } }>(
      `/plans/${planId}/reports/${year}`,
    );
    // The units that lead its indicators (7) or its tasks: each one row.
    expect(status.summary.expected).toBeGreaterThan(7);
    const rows = years.first().locator('tbody tr');
    expect(await rows.count()).toBe(status.summary.expected);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-unit'), tr.getAttribute('data-timeliness')]),
    );
    expect(new Set(shown.map(([unit, timeliness]) => `${unit} ${timeliness}`))).toEqual(
      new Set(status.units.map((u) => `${u.departmentId} ${u.timeliness}`)),
    );
    expect(await years.first().locator('[data-rate="reporting"]').innerText()).toMatch(/%$/);
    const files = await years
      .first()
      .locator('.report-files a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(files).toEqual([`/plans/${planId}/reports/${year}.docx`, `/plans/${planId}/reports/${year}.xlsx`]);
    // Each unit by its name, not its id.
    expect(await years.first().locator('tbody th').first().innerText()).not.toMatch(/^[a-z0-9-]+$/);
    await shoot('reporting-vi');
  });

  it('works at 375 px wide without sideways scrolling, and from the keyboard', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/#/plans/${planId}?lang=vi`);
    await page.reload();
    await expect.poll(() => page.locator('.indicator-row').count(), { timeout: 20_000 }).toBe(47);
    expect(await inPage<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.keyboard.press('Tab');
    expect(await inPage<string>('document.activeElement?.className')).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await inPage<string>('document.activeElement?.id')).toBe('main');
    await shoot('plan-vi-375');
  });

  it("shows 115/KH-UBND's tasks by section with status, lead and evidence; a lead's page; overdue tasks among the flags", async () => {
    const plan115 = 'thanh-hoa-115-kh-ubnd-2017';
    await page.setViewportSize({ width: 1280, height: 900 });
    const token = await signToken(await loadOrCreateKeys(dataDir), { role: 'admin' });
    const reported = await fetch(`${server.url}/tasks/th115-nv-2.4/reports/2025`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        state: 'done',
        completedOn: '2025-10-01',
        evidence: { document: 'Quyết định số 123/QĐ-UBND', date: '2025-10-01' },
      }),
    });
    expect(reported.status).toBe(201);
    await page.goto(`${server.url}/#/plans/${plan115}?lang=vi`);
    const tasks = page.locator('[data-testid="tasks"] .task');
    await expect.poll(() => tasks.count(), { timeout: 20_000 }).toBe(27);
    expect(await page.locator('[data-testid="tasks"] .task-section h3').count()).toBeGreaterThan(1);
    const done = page.locator('[data-task="th115-nv-2.4"]');
    expect(await done.getAttribute('data-status')).toBe('done_on_time');
    expect(await done.locator('.tag-task').innerText()).toBe('Hoàn thành đúng hạn');
    expect(await done.locator('.task-evidence').innerText()).toContain('Quyết định số 123/QĐ-UBND');
    expect(await done.locator('.task-lead').innerText()).toBe('Sở Giáo dục và Đào tạo');
    await shoot('plan-tasks-vi');

    await done.locator('.task-lead a').click();
    await page.waitForURL(/#\/departments\/so-giao-duc-dao-tao-thanh-hoa/);
    await expect
      .poll(() => page.locator('#leads-heading').innerText(), { timeout: 20_000 })
      .toContain('Nhiệm vụ chủ trì');
    expect(await page.locator('[data-task="th115-nv-2.4"]').count()).toBe(1);
    await shoot('department-vi');

    const job = await fetch(`${server.url}/jobs/flag-lagging`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ asOf: '2017-12-11' }), // one year of 115/KH-UBND's yearly tasks: a light run
    });
    expect(job.status).toBe(202); // the run goes on in the background: wait for it to finish
    const location = job.headers.get('location')!;
    await expect
      .poll(async () => (await api<{ status: string }>(location)).status, { timeout: 30_000 })
      .not.toBe('running');
    await page.goto(`${server.url}/#/flags?plan=${plan115}&lang=vi`);
    const open = await api<{ items: { taskId?: string }[] }>(
      `/flags?status=open&planId=${plan115}&type=overdue_task&limit=200`,
    );
    expect(open.items.length).toBeGreaterThan(0);
    expect(open.items.map((f) => f.taskId)).toContain('th115-nv-1.2'); // yearly, due 10/12/2017, no report
    await expect.poll(() => page.locator('.flag-overdue_task').count(), { timeout: 20_000 }).toBe(open.items.length);
    expect(await page.locator('.flag-overdue_task .tag-flag').first().innerText()).toBe('Nhiệm vụ quá hạn');
  });

  it('raised no script error on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
