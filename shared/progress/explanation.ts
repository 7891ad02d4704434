import type { Accumulation, IndicatorKind, Target } from '#shared/domain/indicator.ts';
import { formatNumber, formatRate, formatTarget, formatValue, span, type Lang } from './format.ts';
import type { ProgressMethodInfo } from './registry.ts';
import type { Verdict } from './types.ts';
import { doneWords, illustrativeNote, methodStatusWords, statusWords } from './words.ts';

export interface ExplanationContext {
  kind: IndicatorKind;
  accumulation: Accumulation;
  unit: string;
  target: Target;
  asOfYear: number;
  /** The plan's start year, where cumulative totals begin. */
  periodStartYear: number;
  /** The method that decided, and the one asked for (they differ when a UN method does not apply). */
  method: ProgressMethodInfo;
  requested: ProgressMethodInfo;
}

type Body = (lang: Lang) => string;

const pick = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

/** Wording shared by every numeric sentence. */
const words = (v: Verdict, ctx: ExplanationContext, lang: Lang) => {
  const target = typeof ctx.target.value === 'number' ? ctx.target.value : 0;
  const value = (n: number) => formatValue(n, ctx.unit, lang);
  return {
    value,
    goal: `${formatTarget(ctx.target.comparator, target, ctx.unit, lang)} ${pick(lang, 'vào năm', 'by')} ${ctx.target.year}`,
    ratio: v.ratio === null ? '' : formatNumber(v.ratio, lang),
    latest: v.latest && typeof v.latest.value === 'number' ? value(v.latest.value) : '',
    latestYear: v.latest?.year ?? ctx.asOfYear,
    startValue: v.start ? value(v.start.value) : '',
    startYear: v.start?.year ?? ctx.periodStartYear,
  };
};

/** The measured sentence differs by method: each quotes the numbers its own measure compares. */
const measuredLevel =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    const expected = v.expected === null ? '' : w.value(v.expected);
    const growth = v.growth;
    const name = ctx.method.name;
    if (name === 'un-extrapolation' && growth && v.projected) {
      return pick(
        lang,
        `với tốc độ giai đoạn ${w.startYear}–${w.latestYear} (${formatRate(growth.observed, lang)}), năm ${v.projected.year} sẽ đạt ${w.value(v.projected.value)}: P ${w.ratio} quãng đường từ ${w.startValue} đến chỉ tiêu ${w.goal}`,
        `at the ${w.startYear}–${w.latestYear} rate (${formatRate(growth.observed, lang)}) the value would reach ${w.value(v.projected.value)} in ${v.projected.year}: P ${w.ratio} of the way from ${w.startValue} to the target ${w.goal}`,
      );
    }
    if ((name === 'un-cagr' || name === 'statcan') && growth) {
      const symbol = name === 'un-cagr' ? 'CR' : 'R';
      return pick(
        lang,
        `mức thay đổi từ ${w.startValue} (${w.startYear}) đến ${w.latest} (${w.latestYear}) là ${formatRate(growth.observed, lang)}, so với ${formatRate(growth.required, lang)} cần có để đạt chỉ tiêu ${w.goal} (${symbol} ${w.ratio})`,
        `the change from ${w.startValue} (${w.startYear}) to ${w.latest} (${w.latestYear}) is ${formatRate(growth.observed, lang)}, against ${formatRate(growth.required, lang)} needed to reach the target ${w.goal} (${symbol} ${w.ratio})`,
      );
    }
    return pick(
      lang,
      `năm ${w.latestYear} đạt ${w.latest}, trong khi lộ trình tuyến tính từ ${w.startValue} (${w.startYear}) đến chỉ tiêu ${w.goal} cần ${expected} (tỷ lệ ${w.ratio})`,
      `${w.latest} in ${w.latestYear} against ${expected} expected on the straight line from ${w.startValue} (${w.startYear}) to the target ${w.goal} (ratio ${w.ratio})`,
    );
  };

const levelBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    switch (v.reason) {
      case 'met':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest}, đáp ứng chỉ tiêu ${w.goal}`,
          `${w.latest} in ${w.latestYear} meets the target ${w.goal}`,
        );
      case 'target_year_reached':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest}, không đáp ứng chỉ tiêu ${w.goal}`,
          `${w.latest} in ${w.latestYear} does not meet the target ${w.goal}`,
        );
      case 'no_start':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest} nhưng chưa có giá trị cơ sở hay số liệu năm nào trước đó để đo tiến độ tới chỉ tiêu ${w.goal}`,
          `${w.latest} in ${w.latestYear} has no baseline or earlier value to measure progress from towards the target ${w.goal}`,
        );
      case 'not_positive':
        return pick(
          lang,
          `${ctx.method.label.vi} chỉ dùng được với giá trị dương, mà giá trị khởi điểm, giá trị mới nhất hoặc chỉ tiêu ở đây là số âm; lộ trình tuyến tính vẫn áp dụng được`,
          `the ${ctx.method.label.en} needs positive values, and the start, latest or target value here is negative; the linear trajectory still applies`,
        );
      case 'start_already_met':
        return pick(
          lang,
          `giá trị khởi điểm ${w.startValue} (${w.startYear}) đã đáp ứng chỉ tiêu ${w.goal}, nhưng năm ${w.latestYear} là ${w.latest}, không còn đáp ứng`,
          `the start value ${w.startValue} (${w.startYear}) already met the target ${w.goal}, but ${w.latest} in ${w.latestYear} no longer does`,
        );
      case 'no_change_expected':
        return pick(
          lang,
          `giá trị khởi điểm ${w.startValue} (${w.startYear}) nằm đúng ngưỡng chỉ tiêu ${w.goal}, và năm ${w.latestYear} là ${w.latest}, vẫn chưa đáp ứng`,
          `the start value ${w.startValue} (${w.startYear}) sits on the edge of the target ${w.goal}, and ${w.latest} in ${w.latestYear} still does not meet it`,
        );
      case 'measured':
        return measuredLevel(v, ctx)(lang);
      default:
        return pick(
          lang,
          `chưa có giá trị nào được báo cáo đến năm ${ctx.asOfYear}; chỉ tiêu là ${w.goal}`,
          `no value reported up to ${ctx.asOfYear}; the target is ${w.goal}`,
        );
    }
  };

const cumulativeBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    const enYears = span(ctx.periodStartYear, w.latestYear);
    const years =
      lang === 'en' ? enYears : ctx.periodStartYear === w.latestYear ? `năm ${enYears}` : `giai đoạn ${enYears}`;
    const total = w.value(v.total ?? 0);
    switch (v.reason) {
      case 'met':
        return pick(
          lang,
          `tổng ${years} đạt ${total}, đáp ứng chỉ tiêu ${w.goal}`,
          `the ${years} total of ${total} meets the target ${w.goal}`,
        );
      case 'target_year_reached':
        return pick(
          lang,
          `tổng ${years} đạt ${total}, không đáp ứng chỉ tiêu ${w.goal}`,
          `the ${years} total of ${total} does not meet the target ${w.goal}`,
        );
      case 'cap_exceeded':
        return pick(
          lang,
          `tổng ${years} là ${total}, đã vượt ngưỡng chỉ tiêu ${w.goal}`,
          `the ${years} total of ${total} is already past the cap ${w.goal}`,
        );
      case 'no_change_expected':
        return pick(
          lang,
          `tổng ${years} là ${total}, chưa đáp ứng chỉ tiêu ${w.goal}, và chỉ tiêu này không chia thành phần dương cho từng năm để so sánh`,
          `the ${years} total of ${total} does not meet the target ${w.goal}, which has no positive yearly share to compare with`,
        );
      case 'measured':
        return pick(
          lang,
          `tổng ${years} đạt ${total}, so với ${w.value(v.expected ?? 0)} cần đạt đến năm ${w.latestYear} trên lộ trình tới chỉ tiêu ${w.goal} (tỷ lệ ${w.ratio})`,
          `the ${years} total of ${total} against ${w.value(v.expected ?? 0)} expected by ${w.latestYear} on the way to the target ${w.goal} (ratio ${w.ratio})`,
        );
      default:
        return ctx.asOfYear < ctx.periodStartYear
          ? pick(lang, `kế hoạch bắt đầu từ năm ${ctx.periodStartYear}`, `the plan starts in ${ctx.periodStartYear}`)
          : pick(
              lang,
              `chưa có giá trị nào được báo cáo cho giai đoạn ${span(ctx.periodStartYear, ctx.asOfYear)}; chỉ tiêu là ${w.goal}`,
              `no yearly value reported for ${span(ctx.periodStartYear, ctx.asOfYear)}; the target is ${w.goal}`,
            );
    }
  };

const milestoneBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const ty = ctx.target.year;
    const reported = v.latest ? doneWords(v.latest.value === true)[lang] : '';
    const year = v.latest?.year;
    switch (v.reason) {
      case 'met':
        return pick(
          lang,
          `năm ${year} báo cáo ${reported}, đúng yêu cầu của chỉ tiêu vào năm ${ty}`,
          `reported ${reported} in ${year}, as the target requires by ${ty}`,
        );
      case 'target_year_reached':
        return pick(
          lang,
          `năm ${year} báo cáo ${reported}, trong khi đã đến năm mục tiêu ${ty}`,
          `reported ${reported} in ${year}, and the target year ${ty} has come`,
        );
      case 'milestone_unreported':
        return pick(
          lang,
          `chưa có báo cáo nào đến năm ${ctx.asOfYear} dù đã đến năm mục tiêu ${ty}`,
          `nothing reported up to ${ctx.asOfYear}, although the target year ${ty} has come`,
        );
      default:
        return v.latest
          ? pick(
              lang,
              `năm ${year} báo cáo ${reported}; năm mục tiêu là ${ty}`,
              `reported ${reported} in ${year}; the target year is ${ty}`,
            )
          : pick(lang, `chưa có báo cáo; năm mục tiêu là ${ty}`, `nothing reported yet; the target year is ${ty}`);
    }
  };

/**
 * One sentence per language: the status, the method's own word when it has one, then the numbers
 * of the branch that decided — so that nobody has to trust a colour.
 */
export const explain = (v: Verdict, ctx: ExplanationContext): { vi: string; en: string } => {
  const body =
    ctx.kind === 'milestone'
      ? milestoneBody(v, ctx)
      : ctx.accumulation === 'cumulative'
        ? cumulativeBody(v, ctx)
        : levelBody(v, ctx);
  const sentence = (lang: Lang) => {
    const word = v.methodStatus ? methodStatusWords[v.methodStatus]?.[lang] : undefined;
    const authority = ctx.method.authority?.[lang];
    const tag = word && authority ? ` (${authority}: ${word})` : '';
    const illustrative = v.actuals.some((a) => a.illustrative) ? illustrativeNote[lang] : '';
    const fallback =
      ctx.requested.name === ctx.method.name
        ? ''
        : pick(
            lang,
            ` (${ctx.requested.label.vi} chỉ áp dụng cho chỉ tiêu số dạng mức)`,
            ` (the ${ctx.requested.label.en} grades numeric level indicators only)`,
          );
    return `${statusWords[v.status][lang]}${tag}: ${body(lang)}${illustrative}${fallback}.`;
  };
  return { vi: sentence('vi'), en: sentence('en') };
};
