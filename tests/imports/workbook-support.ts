import * as XLSX from '@e965/xlsx';
import type { LocalApi } from '../support/local-api.ts';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's bytes, fetched as a browser downloads it. */
export const downloadTemplate = async (api: LocalApi, planId: string, year: number, departmentId: string) => {
  const response = await fetch(`${api.url}/plans/${planId}/template.xlsx?year=${year}&departmentId=${departmentId}`);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
};

/** The workbook as SheetJS reads it (a library other than the one that wrote it), with its zip parts kept. */
export const readWithSheetJs = (bytes: Buffer) => {
  const workbook = XLSX.read(bytes, { type: 'buffer', bookFiles: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  const files = (workbook as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  const part = (name: string) => Buffer.from(files[name]!.content).toString('utf8');
  return {
    workbook,
    sheet,
    rows: XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null }),
    part,
  };
};

export const postWorkbook = (api: LocalApi, token: string, bytes: Buffer, query = '', headers = {}) =>
  api.call('POST', `/imports${query}`, { token, rawBody: bytes, headers: { 'content-type': xlsxType, ...headers } });
