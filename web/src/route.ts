/**
 * Hash routes, so that every view is a shareable URL on a static host:
 *   #/                                  the plans
 *   #/plans/{planId}?department=&status= one plan
 *   #/plans/{planId}/reports             its units' yearly reports
 *   #/indicators/{indicatorId}?method=  one indicator
 *   #/flags?department=&plan=           open flags by department
 *   #/departments/{departmentId}        what a department leads and supports
 * Every route may carry `lang=vi|en`.
 */
import type { Lang, ProgressStatus } from './types.ts';

export type Route =
  | { view: 'plans' }
  | { view: 'plan'; planId: string; department?: string; status?: ProgressStatus }
  | { view: 'reporting'; planId: string }
  | { view: 'indicator'; indicatorId: string; method?: string }
  | { view: 'flags'; department?: string; plan?: string }
  | { view: 'department'; departmentId: string }
  | { view: 'not-found'; path: string };

export interface Location {
  route: Route;
  lang?: Lang;
}

const statuses = new Set<string>([
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'missed',
  'pending',
  'no_data',
  'insufficient_data',
]);

const segment = (raw: string): string | undefined => {
  try {
    const value = decodeURIComponent(raw);
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
};

const nonEmpty = (value: string | null): string | undefined => (value ? value : undefined);

/** `#/plans/x?status=at_risk&lang=en` → the route and the language it asks for, if any. */
export const parseHash = (hash: string): Location => {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const langParam = query.get('lang');
  const lang: Lang | undefined = langParam === 'vi' || langParam === 'en' ? langParam : undefined;
  const parts = pathPart.split('/').filter(Boolean);
  const at = (location: Route): Location => (lang ? { route: location, lang } : { route: location });

  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'plans')) return at({ view: 'plans' });
  if (parts.length === 2 && parts[0] === 'plans') {
    const planId = segment(parts[1]!);
    if (planId) {
      const status = query.get('status');
      return at({
        view: 'plan',
        planId,
        ...(nonEmpty(query.get('department')) ? { department: query.get('department')! } : {}),
        ...(status && statuses.has(status) ? { status: status as ProgressStatus } : {}),
      });
    }
  }
  if (parts.length === 3 && parts[0] === 'plans' && parts[2] === 'reports') {
    const planId = segment(parts[1]!);
    if (planId) return at({ view: 'reporting', planId });
  }
  if (parts.length === 2 && parts[0] === 'indicators') {
    const indicatorId = segment(parts[1]!);
    if (indicatorId)
      return at({
        view: 'indicator',
        indicatorId,
        ...(nonEmpty(query.get('method')) ? { method: query.get('method')! } : {}),
      });
  }
  if (parts.length === 2 && parts[0] === 'departments') {
    const departmentId = segment(parts[1]!);
    if (departmentId) return at({ view: 'department', departmentId });
  }
  if (parts.length === 1 && parts[0] === 'flags') {
    return at({
      view: 'flags',
      ...(nonEmpty(query.get('department')) ? { department: query.get('department')! } : {}),
      ...(nonEmpty(query.get('plan')) ? { plan: query.get('plan')! } : {}),
    });
  }
  return at({ view: 'not-found', path: `/${parts.join('/')}` });
};

/** The hash for a route, with the language kept so a copied link opens in the same language. */
export const buildHash = (route: Route, lang?: Lang): string => {
  const query = new URLSearchParams();
  let path: string;
  switch (route.view) {
    case 'plans':
      path = '/';
      break;
    case 'plan':
      path = `/plans/${encodeURIComponent(route.planId)}`;
      if (route.department) query.set('department', route.department);
      if (route.status) query.set('status', route.status);
      break;
    case 'reporting':
      path = `/plans/${encodeURIComponent(route.planId)}/reports`;
      break;
    case 'indicator':
      path = `/indicators/${encodeURIComponent(route.indicatorId)}`;
      if (route.method) query.set('method', route.method);
      break;
    case 'flags':
      path = '/flags';
      if (route.department) query.set('department', route.department);
      if (route.plan) query.set('plan', route.plan);
      break;
    case 'department':
      path = `/departments/${encodeURIComponent(route.departmentId)}`;
      break;
    case 'not-found':
      path = route.path;
      break;
  }
  if (lang) query.set('lang', lang);
  const search = query.toString();
  return `#${path}${search ? `?${search}` : ''}`;
};
