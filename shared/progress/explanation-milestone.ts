import { formatDate, type Lang } from './format.ts';
import type { Body, ExplanationContext } from './explanation.ts';
import type { Verdict } from './types.ts';
import { doneWords, pick, yearList } from './words.ts';

/** The explanation of a yes/no target: reported or not by its year, or by its day when it is due inside the year. */
export const milestoneBody =
  (v: Verdict, ctx: ExplanationContext): Body =>
  (lang) => {
    const ty = ctx.target.year;
    const reported = v.latest ? doneWords(v.latest.value === true)[lang] : '';
    const year = v.latest?.year;
    const due = ctx.target.due;
    if (due) return milestoneDueBody(v, ctx, due)(lang);
    switch (v.reason) {
      case 'milestone_lost':
      case 'maintain_slipped':
        return milestoneHeld(v, ctx, lang);
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

/** A milestone that must hold every year, once reached: which years it was not. */
const milestoneHeld = (v: Verdict, ctx: ExplanationContext, lang: Lang): string => {
  const reported = v.latest ? doneWords(v.latest.value === true)[lang] : '';
  const failed = yearList(v.failedYears ?? []);
  return v.reason === 'milestone_lost'
    ? pick(
        lang,
        `năm ${v.latest?.year} báo cáo ${reported} sau khi đã đạt; chỉ tiêu phải duy trì hằng năm (năm chưa đạt: ${failed})`,
        `reported ${reported} in ${v.latest?.year} after it was reached; the goal must hold every year (years not held: ${failed})`,
      )
    : pick(
        lang,
        `năm ${v.latest?.year} báo cáo ${reported}, nhưng chỉ tiêu phải duy trì hằng năm và năm ${failed} chưa đạt`,
        `reported ${reported} in ${v.latest?.year}, but the goal must hold every year and ${failed} did not`,
      );
};

/** A milestone due on a day inside its year (a quarter's last day): the day, not the year, is named. */
const milestoneDueBody =
  (v: Verdict, ctx: ExplanationContext, due: string): Body =>
  (lang) => {
    const reported = v.latest ? doneWords(v.latest.value === true)[lang] : '';
    const year = v.latest?.year;
    const day = formatDate(due, lang);
    switch (v.reason) {
      case 'met':
        return pick(lang, `năm ${year} báo cáo ${reported}, hạn ${day}`, `reported ${reported} in ${year}, due ${day}`);
      case 'milestone_lost':
      case 'maintain_slipped':
        return milestoneHeld(v, ctx, lang);
      case 'target_year_reached':
        return pick(
          lang,
          `năm ${year} báo cáo ${reported}, đã quá hạn ${day}`,
          `reported ${reported} in ${year}, and the due date ${day} has passed`,
        );
      case 'milestone_unreported':
        return pick(
          lang,
          `chưa có báo cáo nào dù đã quá hạn ${day}`,
          `nothing reported, although the due date ${day} has passed`,
        );
      default:
        return v.latest
          ? pick(lang, `năm ${year} báo cáo ${reported}; hạn ${day}`, `reported ${reported} in ${year}; due ${day}`)
          : pick(lang, `chưa có báo cáo; hạn ${day}`, `nothing reported yet; due ${day}`);
    }
  };
