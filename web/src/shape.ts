/**
 * Data shaping for the pages: joining indicators with their progress, counting, filtering and
 * grouping. Pure functions of API answers, so that tests can check them without a browser.
 */
import type { Department, Flag, Lang, ProgressEntry, ProgressStatus, StatusCounts } from './types.ts';

/** Best first: the order of status bars, legends and the status filter. */
export const statusOrder: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'missed',
  'pending',
  'insufficient_data',
  'no_data',
];

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(statusOrder.map((status) => [status, 0])) as StatusCounts;

export const countStatuses = (statuses: Iterable<ProgressStatus>): StatusCounts => {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

export interface Segment {
  status: ProgressStatus;
  count: number;
  /** Share of the total, 0–1. */
  share: number;
}

/** The non-empty statuses of a summary in display order, each with its share, for a status bar. */
export const segments = (counts: Partial<StatusCounts>): Segment[] => {
  const total = statusOrder.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  if (total === 0) return [];
  return statusOrder
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => ({ status, count: counts[status]!, share: counts[status]! / total }));
};

export const totalOf = (counts: Partial<StatusCounts>): number =>
  statusOrder.reduce((sum, s) => sum + (counts[s] ?? 0), 0);

/** Codes in reading order: II.2.1.b.9 before II.2.1.b.10. */
export const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

export interface RowFilter {
  department?: string;
  status?: ProgressStatus;
}

type Row = Pick<ProgressEntry, 'departmentId' | 'status'>;

export const filterRows = <T extends Row>(rows: T[], filter: RowFilter): T[] =>
  rows.filter(
    (row) =>
      (!filter.department || row.departmentId === filter.department) &&
      (!filter.status || row.status === filter.status),
  );

export interface DomainGroup<T> {
  domain: string;
  rows: T[];
}

/** Groups in the order their first row appears (the plan's own order), rows in code order. */
export const groupByDomain = <T extends { domain: string; code: string }>(rows: T[]): DomainGroup<T>[] => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.domain) ?? [];
    list.push(row);
    groups.set(row.domain, list);
  }
  return [...groups].map(([domain, list]) => ({ domain, rows: [...list].sort(byCode) }));
};

/** A department's name in the reader's language (English name when there is one). */
export const departmentName = (department: Department | undefined, lang: Lang, fallback: string): string =>
  department ? (lang === 'en' && department.nameEn ? department.nameEn : department.name) : fallback;

/** The departments that own at least one of the rows, by name: the department filter's options. */
export const departmentOptions = (
  rows: Pick<ProgressEntry, 'departmentId'>[],
  departments: Department[],
  lang: Lang,
): { id: string; name: string }[] => {
  const ids = new Set(rows.map((row) => row.departmentId).filter((id): id is string => Boolean(id)));
  const known = new Map(departments.map((d) => [d.id, d]));
  return [...ids]
    .map((id) => ({ id, name: departmentName(known.get(id), lang, id) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
};

export interface FlagGroup {
  departmentId: string | undefined;
  flags: Flag[];
}

const newestFirst = (a: Flag, b: Flag) =>
  b.openedAt.localeCompare(a.openedAt) || b.year - a.year || a.id.localeCompare(b.id);

/** Open flags by department: each group newest first, the group with the newest flag first. */
export const flagsByDepartment = (flags: Flag[]): FlagGroup[] => {
  const groups = new Map<string | undefined, Flag[]>();
  for (const flag of flags.filter((f) => f.status === 'open')) {
    const list = groups.get(flag.departmentId) ?? [];
    list.push(flag);
    groups.set(flag.departmentId, list);
  }
  return [...groups]
    .map(([departmentId, list]) => ({ departmentId, flags: list.sort(newestFirst) }))
    .sort((a, b) => newestFirst(a.flags[0]!, b.flags[0]!));
};

/** A flag's detail as one line in the reader's language, whatever form the API gave it. */
export const flagDetail = (detail: unknown, lang: Lang): string | undefined => {
  if (typeof detail === 'string') return detail;
  if (detail && typeof detail === 'object') {
    const record = detail as Record<string, unknown>;
    if (typeof record[lang] === 'string') return record[lang] as string;
    for (const key of ['explanation', 'message']) {
      const inner = flagDetail(record[key], lang);
      if (inner) return inner;
    }
  }
  return undefined;
};

/** An overdue task's flag by the task's code and title as the job saw them ("2.4 Xây dựng Đề án …"). */
export const taskFlagName = (flag: Flag, lang: Lang): string => {
  const detail = (flag.detail ?? {}) as { code?: unknown; title?: { vi?: unknown; en?: unknown } };
  const title = (lang === 'en' ? detail.title?.en : undefined) ?? detail.title?.vi;
  return [detail.code, title].filter((part) => typeof part === 'string').join(' ') || (flag.taskId ?? flag.id);
};

/** missing_report: the day the year's value was due (YYYY-MM-DD), when the flag says. */
export const flagDueDate = (detail: unknown): string | undefined => {
  const due = detail && typeof detail === 'object' ? (detail as Record<string, unknown>).dueDate : undefined;
  return typeof due === 'string' ? due : undefined;
};

/** A plan's open flags in brief: lagging first (a target slipping), then missing reports, newest first. */
export const flagPreview = (flags: Flag[], limit: number): Flag[] =>
  flags
    .filter((f) => f.status === 'open')
    .sort((a, b) => (a.type === b.type ? 0 : a.type === 'lagging' ? -1 : 1) || newestFirst(a, b))
    .slice(0, limit);

export const countFlagTypes = (flags: Flag[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const flag of flags) if (flag.status === 'open') counts.set(flag.type, (counts.get(flag.type) ?? 0) + 1);
  return counts;
};
