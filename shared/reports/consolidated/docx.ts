import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ConsolidatedReportInput } from './input.ts';
import { nationalMotto, nationalName, noUnitText } from './words.ts';

/**
 * The consolidated report as a Word document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the issuing body
 * top left and the national name and motto top right, each with a short line under it; the number
 * under the body, place and date under the motto; the title centred; the annexes on landscape pages.
 */

const font = 'Times New Roman';
/** docx sizes are half-points. */
const pt = (points: number) => points * 2;
const a4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const margin = {
  top: convertMillimetersToTwip(20),
  bottom: convertMillimetersToTwip(20),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(15),
};
const portraitWidth = a4.width - margin.left - margin.right;
const landscapeWidth = a4.height - margin.left - margin.right;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font, size: pt(options.size ?? 14), bold: options.bold, italics: options.italics });

const centred = (runs: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: runs });

/** The short rule under the issuing body and under the motto: a top border on an indented empty line. */
const rule = (cellWidth: number, length: number) =>
  new Paragraph({
    indent: { left: (cellWidth - length) / 2, right: (cellWidth - length) / 2 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: 120 },
    children: [run('', { size: 4 })],
  });

/** A borderless two-column block across the page (the head, the signature): rows of [left, right] paragraphs. */
const twoColumns = (leftShare: number, rows: readonly [Paragraph[], Paragraph[]][]) => {
  const left = Math.round(portraitWidth * leftShare);
  const widths = [left, portraitWidth - left];
  return new Table({
    width: { size: portraitWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: TableBorders.NONE, children }),
          ),
        }),
    ),
  });
};

/** The two-column head of the first page, without borders, as the decree lays it out. */
const documentHead = (report: ConsolidatedReportInput) => {
  const left = Math.round(portraitWidth * 0.4);
  const right = portraitWidth - left;
  const body = report.issuingBody;
  const leftTop = [
    ...(body.parent ? [centred([run(body.parent, { size: 13 })])] : []),
    centred([run(body.name, { size: 13, bold: true })]),
    rule(left, convertMillimetersToTwip(25)),
  ];
  const rightTop = [
    centred([run(nationalName, { size: 13, bold: true })]),
    centred([run(nationalMotto, { size: 14, bold: true })]),
    rule(right, convertMillimetersToTwip(55)),
  ];
  return twoColumns(0.4, [
    [leftTop, rightTop],
    [[centred([run(report.number, { size: 13 })])], [centred([run(report.placeAndDate, { size: 14, italics: true })])]],
  ]);
};

const bodyParagraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 312 },
    children: [run(text)],
  });

const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  alignment = AlignmentType.LEFT,
) =>
  new Paragraph({
    heading: level,
    alignment,
    spacing: { before: 120, after: 60 },
    children: [run(text, { bold: true })],
  });

/** Each paragraph of a unit's text is a paragraph of the report: the unit wrote it so. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(bodyParagraph);

const narrative = (report: ConsolidatedReportInput): Paragraph[] =>
  report.sections.flatMap((section) => [
    heading(section.title, HeadingLevel.HEADING_2),
    ...(section.lead ? [bodyParagraph(section.lead)] : []),
    ...(section.units.length
      ? section.units.flatMap((unit) => [
          new Paragraph({
            heading: HeadingLevel.HEADING_3,
            spacing: { before: 60, after: 40 },
            indent: { firstLine: convertMillimetersToTwip(10) },
            children: [run(unit.name, { bold: true, italics: true })],
          }),
          ...unit.texts.flatMap((entry) =>
            report.kind === 'year'
              ? paragraphsOf(entry.text)
              : [
                  new Paragraph({
                    indent: { firstLine: convertMillimetersToTwip(10) },
                    children: [run(`Năm ${entry.year}:`, { italics: true })],
                  }),
                  ...paragraphsOf(entry.text),
                ],
          ),
        ])
      : [bodyParagraph(noUnitText)]),
  ]);

const signature = (report: ConsolidatedReportInput) => {
  const small = (text: string) => new Paragraph({ children: [run(text, { size: 11 })] });
  return twoColumns(0.5, [
    [
      [
        new Paragraph({
          spacing: { before: 240 },
          children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })],
        }),
        ...report.recipients.map((line) => small(`- ${line}`)),
      ],
      [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240 },
          children: [run('THỦ TRƯỞNG CƠ QUAN', { bold: true })],
        }),
        centred([run('(Ký, ghi rõ họ tên, đóng dấu)', { size: 13, italics: true })]),
      ],
    ],
  ]);
};

/**
 * A bordered annex table: a repeated bold header row, then the rows; widths are shares of the page.
 * Text columns (names, units, evidence) read from the left; numbers, dates and verdicts are centred.
 */
const grid = (
  shares: readonly number[],
  textColumns: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
) => {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share) => Math.floor((landscapeWidth * share) / total));
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: bold || !textColumns.includes(i) ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, { size: 12, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: landscapeWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
};

const annexHead = (title: string, report: ConsolidatedReportInput) => [
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [run(title, { bold: true })],
  }),
  centred([run(report.annexCaption, { size: 13, italics: true })], 160),
];

const note = (text: string | undefined) =>
  text ? [new Paragraph({ spacing: { before: 120 }, children: [run(text, { size: 13, italics: true })] })] : [];

const annexes = (report: ConsolidatedReportInput) => {
  const { targets, tasks, units } = report;
  const targetTable = grid(
    [5, 34, 8, 12, ...targets.columns.map(() => 12), 14, 18],
    [1, targets.header.length - 1],
    targets.header,
    targets.rows.map((row) => [
      String(row.stt),
      row.name,
      row.unit,
      row.target,
      ...row.values.map((v) => v.text),
      row.assessment,
      row.lead,
    ]),
  );
  const taskTable = grid(
    [5, 40, 18, 11, 13, 25],
    [1, 2, 5],
    tasks.header,
    tasks.rows.map((row) => [String(row.stt), row.title, row.lead, row.due, row.statusText, row.evidence]),
  );
  const unitTable = grid(
    report.kind === 'year' ? [5, 45, 20, 20] : [5, 35, ...units.years.map(() => 14)],
    [1],
    units.header,
    units.rows.map((row) => row.cells),
  );
  return [
    ...annexHead(targets.title, report),
    targetTable,
    ...note(targets.note),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    ...annexHead(tasks.title, report),
    ...(tasks.rows.length ? [taskTable] : []),
    ...note(tasks.note),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    ...annexHead(units.title, report),
    ...note(units.dueNote),
    ...(units.rows.length ? [unitTable] : []),
    ...note(units.note),
  ];
};

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font, size: pt(13), children: [PageNumber.CURRENT] })],
      }),
    ],
  });

export const renderConsolidatedDocx = async (report: ConsolidatedReportInput): Promise<Buffer> => {
  const portrait: ISectionOptions = {
    properties: { page: { size: { ...a4, orientation: PageOrientation.PORTRAIT }, margin } },
    footers: { default: pageFooter() },
    children: [
      documentHead(report),
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        spacing: { before: 360, after: 0 },
        children: [run(report.title, { bold: true }), new TextRun({ break: 1 }), run(report.subtitle, { bold: true })],
      }),
      rule(portraitWidth, convertMillimetersToTwip(40)),
      ...narrative(report),
      signature(report),
    ],
  };
  const landscape: ISectionOptions = {
    properties: { page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin } },
    footers: { default: pageFooter() },
    children: annexes(report),
  };
  const document = new Document({
    creator: report.issuingBody.name,
    title: `${report.title} ${report.subtitle}`,
    description: report.plan.title,
    styles: {
      default: {
        document: { run: { font, size: pt(14) } },
        heading1: { run: { font, size: pt(14), bold: true, color: '000000' } },
        heading2: { run: { font, size: pt(14), bold: true, color: '000000' } },
        heading3: { run: { font, size: pt(14), bold: true, italics: true, color: '000000' } },
      },
    },
    sections: [portrait, landscape],
  });
  return Packer.toBuffer(document);
};
