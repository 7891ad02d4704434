import type { Accumulation, IndicatorKind, Target, TargetVersion } from '#shared/domain/indicator.ts';
import {
  formatChange,
  formatChangeRange,
  formatDate,
  formatNumber,
  formatRate,
  formatTarget,
  formatValue,
  span,
  type Lang,
} from './format.ts';
import type { ProgressMethodInfo } from './registry.ts';
import type { Verdict } from './types.ts';
import { milestoneBody } from './explanation-milestone.ts';
import { illustrativeNote, methodStatusWords, pick, statusWords, yearList } from './words.ts';

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
  /** The amended target in force on asOf, when versions were given. */
  version?: TargetVersion;
}

export type Body = (lang: Lang) => string;

/** The first year an average or a total counts from. */
const fromYearOf = (ctx: ExplanationContext) => ctx.target.countFrom ?? ctx.periodStartYear;

/** The target as the plan states it: a level by a year, a change per year, or an average over a period. */
const goalOf = (ctx: ExplanationContext, target: number, lang: Lang): string => {
  const t = ctx.target;
  if (t.change) {
    const amount = formatChangeRange(target, t.upper, ctx.unit, lang);
    return t.change === 'decrease'
      ? pick(lang, `giảm ${amount} mỗi năm đến năm ${t.year}`, `a decrease of ${amount} a year up to ${t.year}`)
      : pick(lang, `tăng ${amount} mỗi năm đến năm ${t.year}`, `an increase of ${amount} a year up to ${t.year}`);
  }
  const level = formatTarget(t.comparator, target, ctx.unit, lang, t.upper);
  if (ctx.accumulation === 'average') {
    const years = span(fromYearOf(ctx), t.year);
    return pick(lang, `bình quân ${level} giai đoạn ${years}`, `an average ${level} over ${years}`);
  }
  return `${level} ${pick(lang, 'vào năm', 'by')} ${t.year}`;
};

/** Wording shared by every numeric sentence. */
const words = (v: Verdict, ctx: ExplanationContext, lang: Lang) => {
  const target = typeof ctx.target.value === 'number' ? ctx.target.value : 0;
  const value = (n: number) => formatValue(n, ctx.unit, lang);
  return {
    value,
    goal: goalOf(ctx, target, lang),
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
      case 'maintain_slipped':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest}, đáp ứng chỉ tiêu ${w.goal}, nhưng chỉ tiêu phải duy trì hằng năm và năm ${yearList(v.failedYears ?? [])} chưa đạt`,
          `${w.latest} in ${w.latestYear} meets the target ${w.goal}, but it must hold every year and ${yearList(v.failedYears ?? [])} did not`,
        );
      case 'maintain_failing':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest}, không đáp ứng chỉ tiêu ${w.goal} phải duy trì hằng năm (năm chưa đạt: ${yearList(v.failedYears ?? [])})`,
          `${w.latest} in ${w.latestYear} does not meet the target ${w.goal}, which must hold every year (years below it: ${yearList(v.failedYears ?? [])})`,
        );
      default:
        return noValueYet(ctx, w.goal, lang);
    }
  };

const noValueYet = (ctx: ExplanationContext, goal: string, lang: Lang) =>
  pick(
    lang,
    `chưa có giá trị nào được báo cáo đến năm ${ctx.asOfYear}; chỉ tiêu là ${goal}`,
    `no value reported up to ${ctx.asOfYear}; the target is ${goal}`,
  );

/** A change per year: the whole change, then each year's own against the yearly rate. */
const changeBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    const falling = ctx.target.change === 'decrease';
    const amount = (n: number) => formatChange(n, ctx.unit, lang);
    const achieved = v.achievedChange ?? 0;
    // A level change as people say it: "giảm 3 điểm phần trăm", "fell by 3 percentage points".
    const movedBy = (levelChange: number) =>
      levelChange <= 0
        ? pick(lang, `giảm ${amount(-levelChange)}`, `fell by ${amount(-levelChange)}`)
        : pick(lang, `tăng ${amount(levelChange)}`, `rose by ${amount(levelChange)}`);
    const moved = movedBy(falling ? -achieved : achieved);
    const path = pick(
      lang,
      `từ ${w.startValue} (${w.startYear}) đến ${w.latest} (${w.latestYear}) ${moved}`,
      `from ${w.startValue} (${w.startYear}) to ${w.latest} (${w.latestYear}) the value ${moved}`,
    );
    const yearsOf = (v.yearly ?? []).map((y) => {
      const word = y.met ? pick(lang, 'đạt', 'met') : pick(lang, 'không đạt', 'below the rate');
      return `${y.year} ${movedBy(typeof y.value === 'number' ? y.value : 0)} (${word})`;
    });
    const yearly =
      yearsOf.length > 0
        ? pick(lang, `; từng năm: ${yearsOf.join(', ')}`, `; year by year: ${yearsOf.join(', ')}`)
        : '';
    const expectedChange = (v.requiredChange ?? 0) * (Math.min(w.latestYear, ctx.target.year) - w.startYear);
    switch (v.reason) {
      case 'no_start':
        return pick(
          lang,
          `năm ${w.latestYear} đạt ${w.latest} nhưng chưa có giá trị cơ sở hay số liệu năm nào trước đó để đo mức thay đổi; chỉ tiêu là ${w.goal}`,
          `${w.latest} in ${w.latestYear} has no baseline or earlier value to measure the change from; the target is ${w.goal}`,
        );
      case 'met':
        return pick(
          lang,
          `${path}, đạt mức ${amount(expectedChange)} mà chỉ tiêu ${w.goal} đòi hỏi${yearly}`,
          `${path}, reaching the ${amount(expectedChange)} that the target ${w.goal} asks for${yearly}`,
        );
      case 'target_year_reached':
        return pick(
          lang,
          `${path}, chưa đạt mức ${amount(expectedChange)} mà chỉ tiêu ${w.goal} đòi hỏi${yearly}`,
          `${path}, short of the ${amount(expectedChange)} that the target ${w.goal} asks for${yearly}`,
        );
      case 'measured':
      case 'no_change_expected':
        return pick(
          lang,
          `${path}, so với ${amount(expectedChange)} cần có đến năm ${w.latestYear} theo chỉ tiêu ${w.goal} (tỷ lệ ${w.ratio})${yearly}`,
          `${path}, against ${amount(expectedChange)} expected by ${w.latestYear} for the target ${w.goal} (ratio ${w.ratio})${yearly}`,
        );
      default:
        return noValueYet(ctx, w.goal, lang);
    }
  };

/** A period average: the mean so far against the target. */
const averageBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    const years = span(fromYearOf(ctx), w.latestYear);
    const mean = pick(
      lang,
      `bình quân ${years} là ${w.value(v.mean ?? 0)}`,
      `the ${years} average is ${w.value(v.mean ?? 0)}`,
    );
    switch (v.reason) {
      case 'met':
        return pick(lang, `${mean}, đáp ứng chỉ tiêu ${w.goal}`, `${mean}, which meets the target ${w.goal}`);
      case 'target_year_reached':
        return pick(
          lang,
          `${mean}, không đáp ứng chỉ tiêu ${w.goal}`,
          `${mean}, which does not meet the target ${w.goal}`,
        );
      case 'measured':
        return pick(
          lang,
          `${mean}, so với chỉ tiêu ${w.goal} (tỷ lệ ${w.ratio})`,
          `${mean} against the target ${w.goal} (ratio ${w.ratio})`,
        );
      case 'not_positive_mean':
        return pick(
          lang,
          `${mean}, chưa đáp ứng chỉ tiêu ${w.goal}; tỷ lệ so với chỉ tiêu chỉ tính được khi bình quân và chỉ tiêu đều dương`,
          `${mean}, which does not meet the target ${w.goal}; a ratio to the target needs a positive mean and target`,
        );
      default:
        return noValueYet(ctx, w.goal, lang);
    }
  };

const cumulativeBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const w = words(v, ctx, lang);
    const enYears = span(fromYearOf(ctx), w.latestYear);
    const years =
      lang === 'en' ? enYears : fromYearOf(ctx) === w.latestYear ? `năm ${enYears}` : `giai đoạn ${enYears}`;
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
        return ctx.asOfYear < fromYearOf(ctx)
          ? pick(lang, `kế hoạch bắt đầu từ năm ${fromYearOf(ctx)}`, `the plan starts in ${fromYearOf(ctx)}`)
          : pick(
              lang,
              `chưa có giá trị nào được báo cáo cho giai đoạn ${span(fromYearOf(ctx), ctx.asOfYear)}; chỉ tiêu là ${w.goal}`,
              `no yearly value reported for ${span(fromYearOf(ctx), ctx.asOfYear)}; the target is ${w.goal}`,
            );
    }
  };

/** Why a method asked for did not decide, or how it read a range. */
const methodNote = (ctx: ExplanationContext, lang: Lang): string => {
  if (ctx.requested.name !== ctx.method.name) {
    if (ctx.kind === 'numeric' && (ctx.target.change || ctx.accumulation === 'average')) {
      return pick(
        lang,
        ` (${ctx.requested.label.vi} không áp dụng cho chỉ tiêu thay đổi mỗi năm hay bình quân giai đoạn; đánh giá theo ${ctx.method.label.vi})`,
        ` (the ${ctx.requested.label.en} does not grade changes per year or period averages; the ${ctx.method.label.en} decided)`,
      );
    }
    return pick(
      lang,
      ` (${ctx.requested.label.vi} chỉ áp dụng cho chỉ tiêu số dạng mức)`,
      ` (the ${ctx.requested.label.en} grades numeric level indicators only)`,
    );
  }
  if (ctx.method.authority && ctx.target.comparator === 'between') {
    return pick(
      lang,
      ` (${ctx.method.label.vi} đo tiến độ tới đầu gần nhất của khoảng mục tiêu)`,
      ` (the ${ctx.method.label.en} measures progress towards the near end of the range)`,
    );
  }
  return '';
};

/** The amended target in force, named with its document. */
const versionNote = (ctx: ExplanationContext, lang: Lang): string =>
  ctx.version
    ? pick(
        lang,
        ` (chỉ tiêu theo ${ctx.version.document}, áp dụng từ ${formatDate(ctx.version.validFrom, lang)})`,
        ` (target as set by ${ctx.version.document}, in force from ${ctx.version.validFrom})`,
      )
    : '';

/**
 * One sentence per language: the status, the method's own word when it has one, then the numbers
 * of the branch that decided — so that nobody has to trust a colour.
 */
export const explain = (v: Verdict, ctx: ExplanationContext): { vi: string; en: string } => {
  const body =
    ctx.kind === 'milestone'
      ? milestoneBody(v, ctx)
      : ctx.target.change
        ? changeBody(v, ctx)
        : ctx.accumulation === 'average'
          ? averageBody(v, ctx)
          : ctx.accumulation === 'cumulative'
            ? cumulativeBody(v, ctx)
            : levelBody(v, ctx);
  const sentence = (lang: Lang) => {
    const word = v.methodStatus ? methodStatusWords[v.methodStatus]?.[lang] : undefined;
    const authority = ctx.method.authority?.[lang];
    const tag = word && authority ? ` (${authority}: ${word})` : '';
    const illustrative = v.actuals.some((a) => a.illustrative) ? illustrativeNote[lang] : '';
    return `${statusWords[v.status][lang]}${tag}: ${body(lang)}${illustrative}${methodNote(ctx, lang)}${versionNote(ctx, lang)}.`;
  };
  return { vi: sentence('vi'), en: sentence('en') };
};
