/**
 * The development sign-in of `npm start` in a real browser (Debian's chromium, playwright-core): a
 * department signs in from the page, and the API then takes it as that department, from a cookie
 * the page's scripts cannot read. Screenshots go to tests/.artifacts/screenshots/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { bundleWeb } from '../../web/bundle.ts';
import { contentSecurityPolicy } from '../../web/security.ts';
import { launchChromium } from '../support/chromium.ts';
import { exited, startLocalProcess, type RunningServer } from '../support/local-process.ts';

const shots = path.resolve(import.meta.dirname, '../.artifacts/screenshots');
const department = 'so-lao-dong-tbxh-thanh-hoa';
const planId = 'thanh-hoa-68-kh-ubnd-2024';

let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

/** A POST from inside the page, as the workspace will make it: same origin, no Authorization header. */
const postFromPage = (pathname: string, body: unknown) =>
  page.evaluate(
    async ([url, json]) => {
      const response = await fetch(url as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    [pathname, body] as const,
  );

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  server = await startLocalProcess({
    CHITIEU_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'chitieu-sign-in-')),
    PORT: String(port),
  });
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

describe('development sign-in on npm start', () => {
  it('a department signs in from the page; the API takes it as that department; the token stays out of scripts', async () => {
    const indicators = (await (await fetch(`${server.url}/plans/${planId}/indicators?limit=200`)).json()) as {
      items: { id: string; departmentId?: string }[];
    };
    const own = indicators.items.find((i) => i.departmentId === department)!.id;
    const foreign = indicators.items.find((i) => i.departmentId && i.departmentId !== department)!.id;
    const rows = (id: string) => ({ rows: [{ indicatorId: id, year: 2025, value: 1 }] });

    const response = await page.goto(`${server.url}/dev/sign-in`);
    expect(response!.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').innerText()).toMatch(/^Đăng nhập thử/);
    expect(await page.locator('#signed-in').innerText()).toContain('Chưa đăng nhập');
    expect((await postFromPage('/imports?dryRun=true', rows(own))).status).toBe(401);

    await page.selectOption('#department', department);
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await expect.poll(() => page.locator('#signed-in').innerText(), { timeout: 10_000 }).toContain(department);
    expect(await page.locator('#department').inputValue()).toBe(department);
    await page.screenshot({ path: path.join(shots, 'dev-sign-in-vi.png'), fullPage: true });

    const dry = await postFromPage('/imports?dryRun=true', rows(own));
    expect(dry).toMatchObject({ status: 200, body: { dryRun: true, rows: 1 } });
    expect((await postFromPage('/imports?dryRun=true', rows(foreign))).status).toBe(403);
    expect((await postFromPage('/departments', { id: 'x', name: 'X', area: 'Y' })).status).toBe(403);

    // HttpOnly: no script sees the token; nothing in localStorage or sessionStorage
    expect(await page.evaluate('document.cookie')).toBe('');
    expect(await page.evaluate('localStorage.length + sessionStorage.length')).toBe(0);
    const [cookie] = await browser.cookies(server.url);
    expect(cookie).toMatchObject({ name: 'chitieu_dev_token', httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.value.split('.')).toHaveLength(3); // a JWT, as `npm run token` prints

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await expect.poll(() => page.locator('#signed-in').innerText()).toContain('Chưa đăng nhập');
    expect((await postFromPage('/imports?dryRun=true', rows(own))).status).toBe(401);
  }, 60_000);

  it('refuses a department that does not exist, and a sign-in posted as a form would post it', async () => {
    const unknown = await fetch(`${server.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'department', departmentId: 'nope' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    const form = await fetch(`${server.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"role":"admin"}',
    });
    expect(form.status).toBe(415);
    expect(form.headers.get('set-cookie')).toBeNull();
  });

  it('is in no AWS build: the dashboard bundle neither holds nor links the sign-in page', () => {
    const files = bundleWeb();
    expect(files.map((f) => f.name)).not.toContain('dev-sign-in.js');
    for (const file of files)
      expect(Buffer.from(file.contents).toString('utf8'), file.name).not.toContain('/dev/sign-in');
  });

  it('raised no script error on the way', () => {
    // The 401 and 403 asked for above are logged by the browser as failed loads; anything else is an error.
    expect(
      pageErrors.filter((e) => !/^Failed to load resource: the server responded with a status of 40[13]/.test(e)),
    ).toEqual([]);
  });
});
