import { importMaxBodyBytes } from '#shared/http/routes/imports.ts';

/**
 * The bodies that cost an import the most memory while the route still accepts them (at most
 * `importMaxBodyBytes`): millions of short CSV lines or JSON rows, one line of millions of cells,
 * 10,000 rows that are all wrong in several fields, and JSON nested a million levels deep with an
 * Idempotency-Key (hashed for the key's fingerprint).
 */
export interface ImportBody {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** Fills up to the byte limit with `unit`, after `head` and before `tail`. */
const filled = (head: string, unit: string, tail = '') =>
  head + unit.repeat(Math.floor((importMaxBodyBytes - head.length - tail.length) / unit.length)) + tail;

const csv = (body: string): ImportBody => ({ body, contentType: 'text/csv; charset=utf-8' });
const json = (body: string, headers?: Record<string, string>): ImportBody => ({
  body,
  contentType: 'application/json',
  ...(headers ? { headers } : {}),
});

/** A note long enough that 10,000 rows of it come close to the 4 MiB limit. */
const note = 'Số liệu sơ bộ theo báo cáo của Sở Xây dựng, chưa đối chiếu với Cục Thống kê. '.repeat(3).trim();

/** The rows cases must stay bodies the route accepts, or they measure a 413 for size. */
const accepted = (body: ImportBody) => {
  if (Buffer.byteLength(body.body) > importMaxBodyBytes) throw new Error('a measured body must fit the limit');
  return body;
};

export const importBodies = {
  /** 2 million one-cell lines after the header. */
  'csv-short-lines': () => csv(filled('indicatorId,year,value\n', 'a\n')),
  /** 4 million empty lines. */
  'csv-empty-lines': () => csv(filled('indicatorId,year,value\n', '\n')),
  /** 2 million lines of separators only (skipped as blank, yet each parsed). */
  'csv-separator-lines': () => csv(filled('indicatorId,year,value\n', ',\n')),
  /** One record of 4 million empty cells. */
  'csv-wide-line': () => csv(filled('indicatorId,year,value\n', ',', '\n')),
  /** 10,000 rows, each wrong in its indicator id, status and value, with a long note. */
  'csv-10000-bad-rows': () =>
    accepted(
      csv(
        'indicatorId,year,value,status,note\n' +
          Array.from({ length: 10_000 }, (_, i) => `Không Hợp Lệ ${i},2024,nhiều,chắc chắn,"${note}"\n`).join(''),
      ),
    ),
  /** 2 million JSON rows (the limit is 10,000). */
  'json-many-rows': () => json(filled('{"rows":[', '0,', '0]}')),
  /** 10,000 JSON rows, each wrong in every field, with a long note. */
  'json-10000-bad-rows': () =>
    accepted(
      json(
        JSON.stringify({
          rows: Array.from({ length: 10_000 }, (_, i) => ({
            indicatorId: `Không Hợp Lệ ${i}`,
            year: 'năm nay',
            value: 'nhiều',
            status: 'chắc chắn',
            note: [note.slice(0, 120)],
            extra: i,
          })),
        }),
      ),
    ),
  /** A row nested a million levels deep, with an Idempotency-Key. */
  'json-deep-nesting': () => {
    const depth = Math.floor((importMaxBodyBytes - 20) / 2);
    return json(`{"rows":[${'['.repeat(depth)}${']'.repeat(depth)}]}`, { 'idempotency-key': 'bench-deep-nesting' });
  },
} satisfies Record<string, () => ImportBody>;

export type ImportBodyCase = keyof typeof importBodies;
