import { RuleViolation, invalidFields } from '#shared/domain/errors.ts';
import { draftTargets } from '#shared/drafts/draft.ts';
import type { KnownDepartment } from '#shared/drafts/departments.ts';
import { docxText } from '#shared/drafts/docx-text.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { mediaTypeOf } from '#shared/http/middleware/json-body.ts';
import { docxMediaType } from '#shared/http/route.ts';
import type { draftsRoutes } from '#shared/http/routes/drafts.ts';
import { maxBatchIndicators } from '#shared/http/routes/drafts.ts';
import { indicatorBatchItems, maxTransactionItems, type Store } from '#shared/storage/port.ts';
import { createIndicatorsOf } from './indicators.ts';

/** Enough for every province's departments; a store with more matches leads against the first ones. */
const maxDepartmentPages = 5;

/**
 * The departments a plan text may name as leads: those the API knows (the catalog's, once seeded, and any the
 * planning office added). Read from the store rather than bundled, so the function's cold start carries no catalog.
 */
const knownDepartments = async (store: Store): Promise<KnownDepartment[]> => {
  const known: KnownDepartment[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxDepartmentPages; page++) {
    const { items, nextCursor } = await store.listDepartments({ limit: 200, ...(cursor ? { cursor } : {}) });
    known.push(...items);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return known;
};

/** The plan's text: a .docx read by mammoth, plain text as strict UTF-8, or the JSON form's `text`. */
const textOf = async (body: Buffer | { text: string }, contentType: string | undefined): Promise<string> => {
  if (!Buffer.isBuffer(body)) return body.text;
  if (mediaTypeOf(contentType ?? '').type === docxMediaType) return docxText(body);
  const notUtf8 = () =>
    new RuleViolation('unreadable', 'Văn bản không phải UTF-8 / the text is not UTF-8', {
      issues: [{ in: 'body', field: '', message: 'not valid UTF-8' }],
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw notUtf8();
  }
  // A replacement character is a text already damaged by a wrong decoding on its way here: refused, not drafted.
  if (text.includes('\uFFFD')) throw notUtf8();
  return text;
};

/** POST /target-drafts: the plan's text → its drafted targets (docs/target-drafts.md). Pure: nothing is stored. */
export const draftTargetsFromText: Operation<typeof draftsRoutes.draftTargets> = async ({ body, headers, store }) => {
  const text = await textOf(body, headers['content-type']);
  if (text.trim() === '')
    throw invalidFields([{ in: 'body', field: '', message: 'the text is empty', messageVi: 'văn bản trống' }]);
  return { status: 200, body: draftTargets(text, { departments: await knownDepartments(store) }) };
};

/** POST /plans/{planId}/indicators:batch: reviewed drafts (or any indicators) created together, or not at all. */
export const createIndicatorsBatch: Operation<typeof draftsRoutes.createIndicatorsBatch> = async (request) => {
  const { indicators } = request.body;
  const seen = new Map<string, number>();
  const duplicates = indicators.flatMap((indicator, i) => {
    const first = seen.get(indicator.id);
    seen.set(indicator.id, first ?? i);
    return first === undefined
      ? []
      : [
          {
            in: 'body' as const,
            field: `indicators.${i}.id`,
            pointer: `/indicators/${i}/id`,
            message: `the same id as indicators[${first}]`,
            messageVi: `trùng mã với indicators[${first}]`,
          },
        ];
  });
  if (duplicates.length) throw invalidFields(duplicates);
  const departments = new Set(indicators.flatMap((i) => (i.departmentId ? [i.departmentId] : []))).size;
  const items = indicatorBatchItems(indicators.length, departments);
  if (items > maxTransactionItems)
    throw new RuleViolation(
      'too-large',
      `Một lần tạo tối đa ${maxTransactionItems} mục giao dịch; lô này cần ${items} / at most ${maxTransactionItems} transaction items, this batch needs ${items} (1 + 2 per indicator + 1 per department): send fewer indicators`,
      { members: { limitItems: maxTransactionItems, items, limitIndicators: maxBatchIndicators } },
    );
  const created = await createIndicatorsOf(request.store, request.params.planId, indicators);
  return { status: 201, body: { created: created.length, indicators: created } };
};
