import type { FunctionName } from '#shared/http/route-table.ts';

export interface FunctionSize {
  memorySize: number;
  timeoutSeconds: number;
}

/** What every API function gets: requests that read or write a handful of items. */
export const defaultFunctionSize: FunctionSize = { memorySize: 512, timeoutSeconds: 10 };

/**
 * Functions that need more. api-imports parses up to 4 MiB and writes up to 10,000 rows (20,000 items
 * in transactions): more memory (and with it more CPU), and a timeout just under the HTTP API's 30 s
 * integration limit, so Lambda ends the run before API Gateway stops waiting for it.
 */
const sizes: Partial<Record<FunctionName, FunctionSize>> = {
  'api-imports': { memorySize: 1024, timeoutSeconds: 29 },
  // Drafting reads up to 2 MiB of text or a .docx in memory (docs/target-drafts.md; bench/drafts.ts times it).
  'api-drafts': { memorySize: 1024, timeoutSeconds: 29 },
  // Builds a Word document or a workbook in memory (docx, exceljs zip them): CPU comes with memory.
  'api-report-documents': { memorySize: 1024, timeoutSeconds: 29 },
};

export const functionSize = (name: FunctionName): FunctionSize => sizes[name] ?? defaultFunctionSize;
