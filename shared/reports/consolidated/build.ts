import type { Actual } from '#shared/domain/actual.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import { planTypeWords } from '#shared/domain/plan-type-words.ts';
import { provinceToday } from '#shared/flags/calendar.ts';
import { formatNumber, span as spanText } from '#shared/progress/format.ts';
import { comparatorSign, computeProgress, ProgressStatus } from '#shared/progress/index.ts';
import { doneWords, illustrativeNote, statusWords } from '#shared/progress/words.ts';
import { isRecurring } from '#shared/domain/task.ts';
import { taskStatusWords } from '#shared/tasks/explanation.ts';
import { computeTaskStatus, TaskStatus } from '#shared/tasks/status.ts';
import type {
  ConsolidatedReportInput,
  ConsolidatedSources,
  ReportKind,
  ReportSection,
  ReportSpan,
  TargetRow,
  TaskRow,
  TaskSource,
  Timeliness,
  UnitRow,
  UnitYear,
  ValueCell,
} from './input.ts';
import { sectionKeys } from './input.ts';
import {
  initials,
  kindWords,
  provisionalMark,
  provisionalNote,
  sectionTitles,
  taskHeader,
  timelinessWords,
  viDate,
} from './words.ts';

export interface ConsolidatedOptions {
  span: ReportSpan;
  /** YYYY-MM-DD: tasks and timeliness are judged on it; progress on min(asOf, 31 December of span.to). */
  asOf: string;
}

/** A report's text is printed once it is sent: a draft, or a report returned for correction, is still the unit's. */
const printedStates: ReadonlySet<string> = new Set(['submitted', 'accepted']);

// Codes such as "II.2.10" sort after "II.2.9". Built on first use: an Intl object costs ~15 ms at cold start.
let collator: Intl.Collator | undefined;
const byCode = (a: { code: string }, b: { code: string }) =>
  (collator ??= new Intl.Collator('vi', { numeric: true })).compare(a.code, b.code);

export const reportKind = (span: ReportSpan, period: { startYear: number; endYear: number }): ReportKind => {
  if (span.from === span.to) return 'year';
  return span.from === period.startYear && span.to === period.endYear ? 'final' : 'midterm';
};

/** Every year of a span, in order. */
export const yearsOf = (span: ReportSpan): number[] =>
  Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);

/** A submission's day in the province (a report sent at 23:30 UTC on 9 December was sent on 10 December there). */
const provinceDay = (iso: string): string => provinceToday(new Date(iso));

const valueText = (value: number | boolean): string =>
  typeof value === 'boolean' ? doneWords(value).vi : formatNumber(value, 'vi');

const valueCell = (actual: Actual | undefined, year: number): ValueCell =>
  actual
    ? {
        year,
        value: actual.value,
        text: valueText(actual.value) + (actual.status === 'provisional' ? provisionalMark : ''),
        provisional: actual.status === 'provisional',
        illustrative: actual.illustrative === true,
      }
    : { year, value: null, text: '', provisional: false, illustrative: false };

const targetText = (indicator: Indicator): string => {
  const { target } = indicator;
  const goal =
    typeof target.value === 'boolean'
      ? 'Hoàn thành'
      : `${comparatorSign[target.comparator]} ${formatNumber(target.value, 'vi')}`;
  return `${goal} (${target.year})`;
};

/** The targets annex: one year's report shows the year before and the year; a review, every year of its span. */
const targetColumns = (kind: ReportKind, span: ReportSpan) =>
  kind === 'year'
    ? [
        { year: span.to - 1, label: `Thực hiện năm ${span.to - 1}` },
        { year: span.to, label: `Thực hiện / ước thực hiện năm ${span.to}` },
      ]
    : yearsOf(span).map((year) => ({ year, label: `Năm ${year}` }));

const targetRows = (
  sources: ConsolidatedSources,
  columns: readonly { year: number }[],
  progressAsOf: string,
  leadName: (id: string | undefined) => string,
): TargetRow[] => {
  const actualsOf = new Map<string, Actual[]>();
  for (const actual of sources.actuals) {
    actualsOf.set(actual.indicatorId, [...(actualsOf.get(actual.indicatorId) ?? []), actual]);
  }
  return [...sources.indicators]
    .sort((a, b) => byCode(a, b) || a.id.localeCompare(b.id))
    .map((indicator, i) => {
      const actuals = actualsOf.get(indicator.id) ?? [];
      const progress = computeProgress({
        indicator,
        period: sources.plan.period,
        actuals,
        asOf: progressAsOf,
      });
      const illustrative = progress.actuals.some((actual) => actual.illustrative === true);
      return {
        stt: i + 1,
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.name.vi,
        unit: indicator.unit,
        target: targetText(indicator),
        values: columns.map(({ year }) =>
          valueCell(
            actuals.find((actual) => actual.year === year),
            year,
          ),
        ),
        status: progress.status,
        assessment: statusWords[progress.status].vi + (illustrative ? illustrativeNote.vi : ''),
        lead: leadName(indicator.departmentId),
      };
    });
};

const evidenceText = (evidence: TaskSource['reports'][number]['evidence']): string =>
  evidence ? `${evidence.document} ngày ${viDate(evidence.date)}` : '';

const taskRows = (tasks: readonly TaskSource[], span: ReportSpan, asOf: string, leadName: (id: string) => string) =>
  [...tasks]
    .sort((a, b) => byCode(a.task, b.task) || a.task.id.localeCompare(b.task.id))
    .map(({ task, reports }, i): TaskRow => {
      // Recurring work is judged for the report's last year; a one-off task under its own due year.
      const year = isRecurring(task.due) ? span.to : Number(task.due.date.slice(0, 4));
      const report = reports.find((r) => r.year === year);
      const status = computeTaskStatus({
        due: task.due,
        year,
        asOf,
        report: report
          ? {
              state: report.state,
              ...(report.completedOn ? { completedOn: report.completedOn } : {}),
              reportedOn: provinceDay(report.reportedAt),
            }
          : null,
      });
      return {
        stt: i + 1,
        taskId: task.id,
        code: task.code,
        title: task.title.vi,
        lead: leadName(task.leadDepartmentId),
        year,
        due: viDate(status.dueDate),
        status: status.status,
        statusText: taskStatusWords[status.status].vi,
        evidence: evidenceText(report?.evidence),
      };
    });

/** One year: the day sent and the verdict in columns of their own; a span: a column per year saying both. */
const unitCells = (stt: number, name: string, years: readonly UnitYear[], single: boolean): string[] =>
  single
    ? [String(stt), name, years[0]?.submittedOn ?? '', years[0]?.text ?? '']
    : [String(stt), name, ...years.map((y) => (y.submittedOn ? `${y.text} (${y.submittedOn})` : y.text))];

const unitRows = (
  sources: ConsolidatedSources,
  years: readonly number[],
  leadName: (id: string) => string,
  single: boolean,
): UnitRow[] => {
  const reporting = new Map((sources.reporting ?? []).map((entry) => [entry.year, entry]));
  const ids = [...new Set(years.flatMap((year) => (reporting.get(year)?.units ?? []).map((u) => u.departmentId)))];
  return ids
    .map((departmentId) => ({ departmentId, name: leadName(departmentId) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map(({ departmentId, name }, i) => {
      const unitYears = years.map((year): UnitYear => {
        const unit = reporting.get(year)?.units.find((u) => u.departmentId === departmentId);
        const timeliness: Timeliness = unit?.timeliness ?? 'not_due';
        return {
          year,
          timeliness,
          text: timelinessWords[timeliness],
          ...(unit?.submittedAt ? { submittedOn: viDate(provinceDay(unit.submittedAt)) } : {}),
        };
      });
      return { stt: i + 1, departmentId, name, years: unitYears, cells: unitCells(i + 1, name, unitYears, single) };
    });
};

const sections = (sources: ConsolidatedSources, span: ReportSpan, order: readonly string[], lead: string) => {
  const printed = (sources.unitReports ?? []).filter(
    (report) => printedStates.has(report.state) && report.year >= span.from && report.year <= span.to,
  );
  const rank = (id: string) => {
    const at = order.indexOf(id);
    return at === -1 ? order.length : at;
  };
  const departmentIds = [...new Set(printed.map((report) => report.departmentId))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const name = (id: string) => sources.departments.find((d) => d.id === id)?.name ?? id;
  return sectionKeys.map((key): ReportSection => ({
    key,
    title: sectionTitles[key],
    ...(key === 'results' ? { lead } : {}),
    units: departmentIds
      .map((id) => ({
        name: name(id),
        texts: printed
          .filter((report) => report.departmentId === id && report.sections[key]?.trim())
          .sort((a, b) => a.year - b.year)
          .map((report) => ({ year: report.year, text: report.sections[key]!.trim() })),
      }))
      .filter((unit) => unit.texts.length > 0),
  }));
};

/** "3 đã đạt, 5 đúng tiến độ": the counts that are not zero, in the statuses' own order. */
const counts = <S extends string>(order: readonly S[], statuses: readonly S[], words: Record<S, { vi: string }>) =>
  order
    .map((status) => [status, statuses.filter((s) => s === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${formatNumber(n, 'vi')} ${words[status].vi.toLocaleLowerCase('vi')}`)
    .join(', ');

const resultsLead = (
  when: string,
  reference: string,
  targets: readonly TargetRow[],
  tasks: readonly TaskRow[] | undefined,
  units: readonly UnitRow[],
): string => {
  const parts = [
    `${when}, ${reference} có ${formatNumber(targets.length, 'vi')} chỉ tiêu được theo dõi` +
      (targets.length
        ? `: ${counts(
            ProgressStatus.options,
            targets.map((t) => t.status),
            statusWords,
          )} (chi tiết tại Phụ lục 1).`
        : '.'),
  ];
  if (tasks?.length) {
    parts.push(
      `Có ${formatNumber(tasks.length, 'vi')} nhiệm vụ: ${counts(
        TaskStatus.options,
        tasks.map((t) => t.status),
        taskStatusWords,
      )} (Phụ lục 2).`,
    );
  }
  if (units.length) {
    const years = units[0]!.years.map((y, i) => {
      const all = units.map((unit) => unit.years[i]!);
      const sent = all.filter((u) => u.timeliness === 'on_time' || u.timeliness === 'late').length;
      const onTime = all.filter((u) => u.timeliness === 'on_time').length;
      if (sent === 0 && all.every((u) => u.timeliness === 'not_due')) return `năm ${y.year}: chưa đến hạn`;
      return (
        `năm ${y.year}: ${formatNumber(sent, 'vi')}/${formatNumber(units.length, 'vi')} đơn vị đã gửi` +
        (sent ? `, ${formatNumber(onTime, 'vi')} đúng hạn` : '')
      );
    });
    parts.push(`Báo cáo của các đơn vị ${years.join('; ')} (Phụ lục 3).`);
  }
  return parts.join(' ');
};

/**
 * Pure: the consolidated report of a plan for one year or a span of years, from what the store holds.
 * Progress is the engine's (shared/progress) as of the span's last day at the latest, so a later
 * year's value never enters an earlier year's report; task status is shared/tasks/status.ts's.
 */
export const buildConsolidatedReport = (
  sources: ConsolidatedSources,
  options: ConsolidatedOptions,
): ConsolidatedReportInput => {
  const { plan } = sources;
  const { span, asOf } = options;
  const kind = reportKind(span, plan.period);
  const yearEnd = `${span.to}-12-31`;
  const progressAsOf = asOf < yearEnd ? asOf : yearEnd;
  const names = new Map(sources.departments.map((d) => [d.id, d.name]));
  const leadName = (id: string | undefined) => (id ? (names.get(id) ?? id) : '');

  const reference = `${planTypeWords[plan.type]} số ${plan.number}`;
  const consolidating = plan.reporting?.to?.split('(')[0]?.trim();
  const issuer = consolidating || plan.issuer;
  const issuingBody =
    issuer === plan.issuer
      ? {
          name: plan.issuer.toLocaleUpperCase('vi'),
          abbreviation: plan.number.split('-').at(-1)!,
          properName: plan.issuer,
        }
      : {
          parent: plan.issuer.toLocaleUpperCase('vi'),
          name: issuer.toLocaleUpperCase('vi'),
          abbreviation: initials(issuer),
          properName: issuer,
        };
  const number = `Số: …/BC-${issuingBody.abbreviation}`;
  const signedYear = asOf.slice(0, 4);

  const columns = targetColumns(kind, span);
  const targets = targetRows(sources, columns, progressAsOf, leadName);
  const tasks = sources.tasks ? taskRows(sources.tasks, span, asOf, leadName) : undefined;
  const reportYears = kind === 'year' ? [span.to] : yearsOf(span);
  const units = unitRows(sources, reportYears, leadName, kind === 'year');
  const when = kind === 'year' ? `Năm ${span.to}` : `Giai đoạn ${spanText(span.from, span.to)}`;
  const period = kind === 'year' ? `năm ${span.to}` : `giai đoạn ${spanText(span.from, span.to)}`;
  const subtitle =
    kind === 'year'
      ? `${kindWords.year} ${reference} ${period}`
      : `${kindWords[kind]} ${period} thực hiện ${reference}`;
  const dues = (sources.reporting ?? []).flatMap((entry) =>
    entry.due !== null && reportYears.includes(entry.year) ? [{ year: entry.year, due: entry.due }] : [],
  );

  return {
    kind,
    span,
    asOf,
    progressAsOf,
    plan: { id: plan.id, number: plan.number, reference, title: plan.title, area: plan.area },
    issuingBody,
    recipients: [...(issuer === plan.issuer ? [] : [`${plan.issuer} (b/c);`]), 'Các đơn vị báo cáo;', 'Lưu: VT.'],
    annexCaption: `(Kèm theo Báo cáo ${number.replace(/^Số: /, 'số ')} ngày … tháng … năm ${signedYear} của ${issuingBody.properName})`,
    number,
    placeAndDate: `${plan.area}, ngày … tháng … năm ${signedYear}`,
    title: 'BÁO CÁO',
    subtitle,
    sections: sections(
      sources,
      span,
      units.map((unit) => unit.departmentId),
      resultsLead(when, reference, targets, tasks, units),
    ),
    targets: {
      title: `Phụ lục 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${period.toLocaleUpperCase('vi')}`,
      columns,
      header: [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Mục tiêu (năm)',
        ...columns.map((c) => c.label),
        'Đánh giá',
        'Đơn vị chủ trì',
      ],
      rows: targets,
      // Said only when the annex has an estimate to explain.
      ...(targets.some((row) => row.values.some((v) => v.provisional)) ? { note: provisionalNote } : {}),
    },
    tasks: {
      title: `Phụ lục 2. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ${period.toLocaleUpperCase('vi')}`,
      header: taskHeader,
      rows: tasks ?? [],
      ...(tasks?.length ? {} : { note: 'Chưa có nhiệm vụ của kế hoạch được theo dõi trong hệ thống.' }),
    },
    units: {
      title: `Phụ lục 3. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ ${period.toLocaleUpperCase('vi')}`,
      years: dues.map((entry) => ({ year: entry.year, due: viDate(entry.due) })),
      ...(dues.length
        ? {
            dueNote: `Hạn gửi báo cáo: ${dues
              .map((entry) => (kind === 'year' ? viDate(entry.due) : `năm ${entry.year}: ${viDate(entry.due)}`))
              .join('; ')}.`,
          }
        : {}),
      header:
        kind === 'year'
          ? ['STT', 'Đơn vị', 'Ngày gửi báo cáo', 'Đánh giá']
          : ['STT', 'Đơn vị', ...reportYears.map((year) => `Năm ${year}`)],
      rows: units,
      ...(units.length
        ? {}
        : {
            note: plan.reporting ? 'Chưa có đơn vị phải báo cáo.' : 'Kế hoạch không quy định thời hạn báo cáo định kỳ.',
          }),
    },
    fileName: `${plan.id}-${kind === 'year' ? `bao-cao-${span.to}` : `${kind === 'final' ? 'tong-ket' : 'so-ket'}-${span.from}-${span.to}`}`,
  };
};
