/**
 * The development sign-in of `npm start`: a page that issues the very tokens `npm run token` prints
 * (local-auth.ts), for admin or a chosen department, so that nobody needs a terminal to act as one.
 * It lives here, in infra/local, and nowhere in web/: the AWS build (web/dist, the CDK dashboard
 * assets) cannot contain it, and on AWS sign-in is Cognito's (docs/deploy.md).
 *
 * The token travels in an HttpOnly, SameSite=Strict cookie: page scripts cannot read it (no
 * localStorage), another site's page cannot send it. The local server takes it where API Gateway
 * takes the Authorization header (server.ts); a request with a header uses the header.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Department } from '#shared/domain/department.ts';
import { principalFromClaims, gatewayClaims } from '#shared/auth/principal.ts';
import { defaultStore } from '#shared/storage/default-store.ts';
import { securityHeaders } from '../../web/serve.ts';
import { signToken, verifyToken, type LocalKeys } from './local-auth.ts';

export const signInPath = '/dev/sign-in';
const cookieName = 'chitieu_dev_token';
const lifetimeSeconds = 12 * 3600;

const script = readFileSync(path.join(import.meta.dirname, 'dev-sign-in', 'page.js'));

/** The token a request carries: its Bearer header, else the sign-in cookie. */
export const requestToken = (request: IncomingMessage): string | undefined => {
  const header = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (header) return header;
  for (const pair of (request.headers.cookie ?? '').split(/;\s*/)) {
    const [name, ...value] = pair.split('=');
    if (name === cookieName && value.length) return value.join('=');
  }
  return undefined;
};

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const allDepartments = async () => {
  const store = defaultStore();
  const departments: Department[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listDepartments({ limit: 100, ...(cursor ? { cursor } : {}) });
    departments.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return departments.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
};

const page = (
  departments: Department[],
  signedIn: { label: string; departmentId?: string } | undefined,
) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập thử · Development sign-in — chitieu</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles.css">
<script type="module" src="${signInPath}.js"></script>
</head>
<body>
<main id="main" class="sign-in">
<h1>Đăng nhập thử <span lang="en">· Development sign-in</span></h1>
<p>Chỉ có khi chạy <code>npm start</code> trên máy này: cấp đúng loại token như <code>npm run token</code>.
<span lang="en">Only under <code>npm start</code> on this machine: issues the same tokens as <code>npm run token</code>.</span></p>
<p id="signed-in" role="status">${
  signedIn
    ? `Đang đăng nhập: <strong>${escape(signedIn.label)}</strong> <span lang="en">· Signed in as ${escape(signedIn.label)}</span>`
    : 'Chưa đăng nhập <span lang="en">· Not signed in</span>'
}</p>
<form id="sign-in-form" novalidate>
<fieldset>
<legend>Vai trò <span lang="en">· Role</span></legend>
<label><input type="radio" name="role" value="department" checked> Sở, ngành báo cáo số liệu <span lang="en">· Department</span></label>
<label><input type="radio" name="role" value="admin"> Quản trị (cơ quan kế hoạch) <span lang="en">· Admin (planning office)</span></label>
</fieldset>
<label for="department">Đơn vị <span lang="en">· Department</span></label>
<select id="department" name="department">
${departments.map((d) => `<option value="${escape(d.id)}"${d.id === signedIn?.departmentId ? ' selected' : ''}>${escape(d.name)}${d.area ? ` — ${escape(d.area)}` : ''}</option>`).join('\n')}
</select>
<p id="sign-in-error" role="alert"></p>
<button type="submit">Đăng nhập <span lang="en">· Sign in</span></button>
<button type="button" id="sign-out">Đăng xuất <span lang="en">· Sign out</span></button>
</form>
<p><a href="/">Về bảng theo dõi <span lang="en">· To the dashboard</span></a></p>
</main>
</body>
</html>
`;

const send = (response: ServerResponse, status: number, headers: Record<string, string>, body?: string | Buffer) => {
  response.writeHead(status, { 'cache-control': 'no-store', ...securityHeaders, ...headers });
  response.end(body);
};

const problem = (response: ServerResponse, status: number, detail: string) =>
  send(
    response,
    status,
    { 'content-type': 'application/problem+json; charset=utf-8' },
    JSON.stringify({ type: 'about:blank', title: detail, status, detail }),
  );

const readJson = (request: IncomingMessage) =>
  new Promise<unknown>((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 10_000) request.destroy();
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
  });

const cookie = (token: string, maxAge: number) =>
  `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}`;

/** Who the request's token names, as the page shows it. */
const whoIs = async (keys: LocalKeys, request: IncomingMessage) => {
  const token = requestToken(request);
  const payload = token ? await verifyToken(keys, token) : undefined;
  const principal = payload ? principalFromClaims(gatewayClaims(payload)) : undefined;
  if (!principal) return undefined;
  return principal.role === 'admin'
    ? { label: 'admin' }
    : { label: `${principal.departmentId} (${principal.subject})`, departmentId: principal.departmentId };
};

/** The page (GET), sign-in (POST, JSON {role, departmentId}) and sign-out, as a local-server fallback. */
export const devSignIn =
  (keys: LocalKeys) =>
  async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const method = request.method ?? 'GET';
    if (url.pathname === `${signInPath}.js` && method === 'GET') {
      send(response, 200, { 'content-type': 'text/javascript; charset=utf-8' }, script);
      return true;
    }
    if (url.pathname === signInPath && method === 'GET') {
      const html = page(await allDepartments(), await whoIs(keys, request));
      send(response, 200, { 'content-type': 'text/html; charset=utf-8' }, html);
      return true;
    }
    if (url.pathname === '/dev/sign-out' && method === 'POST') {
      send(response, 204, { 'set-cookie': cookie('', 0) });
      return true;
    }
    if (url.pathname !== signInPath || method !== 'POST') return false;
    // JSON only: a form on another site can post text/plain without asking; JSON needs a preflight nobody answers.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      request.resume();
      problem(response, 415, 'Cần / expected application/json');
      return true;
    }
    const body = (await readJson(request)) as { role?: unknown; departmentId?: unknown } | undefined;
    const role = body?.role;
    if (role !== 'admin' && role !== 'department') {
      problem(response, 422, "Vai trò là 'admin' hoặc 'department' / role is 'admin' or 'department'");
      return true;
    }
    let departmentId: string | undefined;
    if (role === 'department') {
      const known = typeof body?.departmentId === 'string' && (await defaultStore().getDepartment(body.departmentId));
      if (!known) {
        problem(response, 422, 'Chọn một đơn vị có trong danh sách / choose a department from the list');
        return true;
      }
      departmentId = known.id;
    }
    const token = await signToken(keys, { role, ...(departmentId ? { departmentId } : {}) });
    send(response, 204, { 'set-cookie': cookie(token, lifetimeSeconds) });
    return true;
  };
