import * as z from 'zod';
import { Indicator, IndicatorInput } from '#shared/domain/indicator.ts';
import { DraftResult } from '#shared/drafts/schema.ts';
import * as c from '../contracts.ts';
import { docxMediaType, routeArea } from '../route.ts';

/** A 50-page plan is a few hundred KB of text; 2 MiB leaves room for a .docx with its styles and images. */
export const draftMaxBodyBytes = 2 * 1024 * 1024;

/** The largest batch one transaction holds with one department: (100 − 1 − 1) / 2 (shared/storage/port.ts). */
export const maxBatchIndicators = 49;

/** A sentence of 68/KH-UBND (catalog/sources/thanh-hoa-68-kh-ubnd-2024.txt, II.2.1.a). */
const seedSentence =
  'Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%; tỷ lệ lao động qua đào tạo đạt 80%, trong đó, có bằng cấp, chứng chỉ đạt 35%.';

export const DraftRequestJson = z
  .strictObject({
    text: z.string().min(1).max(draftMaxBodyBytes).meta({ example: seedSentence }),
  })
  .meta({ id: 'TargetDraftRequest', description: 'The plan text as JSON; text/plain or a .docx body say the same.' });

export const IndicatorBatch = z
  .strictObject({
    indicators: z
      .array(IndicatorInput)
      .min(1)
      .max(maxBatchIndicators)
      .meta({ description: `1–${maxBatchIndicators} indicators, each as POST /plans/{planId}/indicators takes it` }),
  })
  .meta({ id: 'IndicatorBatch' });

export const IndicatorBatchResult = z
  .strictObject({ created: z.number().int(), indicators: z.array(Indicator) })
  .meta({ id: 'IndicatorBatchResult' });

/** From a plan's text to its indicators: draft the targets, then create the reviewed ones at once. */
export const draftsRoutes = routeArea({
  draftTargets: {
    method: 'POST',
    path: '/target-drafts',
    function: 'api-drafts',
    access: 'admin',
    summary: "Draft a plan's targets from its text (text/plain, a .docx, or JSON {text})",
    description:
      'Reads the text with fixed rules (docs/target-drafts.md) and answers every measurable target it states: the verbatim clause and its offsets, ' +
      'section, subject, comparator, value, upper, unit as written, year and where it came from, perYear/change, maintain, baseline, the lead ' +
      'department when the text names one (matched by name to a department the API stores), and a confidence; a reporting deadline becomes `reporting`, ' +
      'clauses read but not understood become `notes`. Nothing is stored. Up to 2 MiB (413); text/plain must be UTF-8 (400); an empty text or a ' +
      'file that is not a .docx is a 422.',
    body: DraftRequestJson,
    consumes: ['text/plain', docxMediaType, 'application/json'],
    maxBodyBytes: draftMaxBodyBytes,
    throttle: { rateLimit: 5, burstLimit: 10 },
    success: { status: 200, schema: DraftResult, description: 'the drafts, for review' },
    tags: ['indicators'],
  },
  createIndicatorsBatch: {
    method: 'POST',
    path: '/plans/{planId}/indicators:batch',
    function: 'api-drafts',
    access: 'admin',
    idempotent: true,
    summary: 'Add reviewed indicators to a plan in one request, all or none',
    description:
      'Each indicator is checked as POST /plans/{planId}/indicators checks it (422 naming /indicators/{i}/…); ids must differ within the batch (422). ' +
      'All are written in one transaction or none: an existing id is a 409, an unknown plan a 404, an unknown department a 422. ' +
      `At most ${maxBatchIndicators} indicators, and at most 100 transaction items (1 + 2 per indicator + 1 per department named): more is a 413.`,
    params: c.PlanParams,
    body: IndicatorBatch,
    success: { status: 201, schema: IndicatorBatchResult, description: 'created, in the order sent' },
    tags: ['indicators'],
  },
});
