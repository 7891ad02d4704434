import * as XLSX from '@e965/xlsx';
import mammoth from 'mammoth';
import type { LocalApi } from '../support/local-api.ts';

/** Reading our files back with libraries that did not write them: mammoth for .docx, SheetJS for .xlsx. */

export interface FileAnswer {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

export const fetchFile = async (api: LocalApi, path: string): Promise<FileAnswer> => {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const textOf = (html: string) =>
  html
    .replace(/<br\s*\/?>|<\/p>(?=.)/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
    .trim();

export interface DocxContent {
  html: string;
  text: string;
  headings: { level: number; text: string }[];
  /** Every table as rows of cell texts. */
  tables: string[][][];
}

export const readDocx = async (bytes: Buffer): Promise<DocxContent> => {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  const headings = [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: textOf(m[2]!),
  }));
  const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((cell) => textOf(cell[1]!)),
    ),
  );
  return { html, text, headings, tables };
};

/** A sheet's rows from its header row (the one starting "STT") on, raw values as stored. */
export const readSheetTable = (bytes: Buffer, sheetName: string) => {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellNF: true });
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw new Error(`no sheet ${sheetName}: ${workbook.SheetNames.join(', ')}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
  const start = rows.findIndex((row) => row[0] === 'STT');
  if (start === -1) return { workbook, sheet, rows, header: [] as unknown[], body: [] as unknown[][] };
  const header = rows[start]!;
  const body: unknown[][] = [];
  for (const row of rows.slice(start + 1)) {
    if (typeof row[0] !== 'number') break;
    body.push(row);
  }
  return { workbook, sheet, rows, header, body };
};

/** The targets annex's header for a year's report: the year before, then the year. */
export const yearTargetsHeader = (year: number) => [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Mục tiêu (năm)',
  `Thực hiện năm ${year - 1}`,
  `Thực hiện / ước thực hiện năm ${year}`,
  'Đánh giá',
  'Đơn vị chủ trì',
];
