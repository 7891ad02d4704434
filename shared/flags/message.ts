import { isUnitFlag, type Flag, type FlagDetail } from '#shared/domain/flag.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { formatNumber, formatValue, type Lang } from '#shared/progress/format.ts';
import { statusWords } from '#shared/progress/words.ts';
import { noDepartment, type FlagNotification } from './notifier.ts';
import { taskFlagNotification } from './task-flag-message.ts';
import { unitFlagNotification } from './unit-messages.ts';

export const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

const valueText = (value: number | boolean, unit: string, lang: Lang) =>
  typeof value === 'boolean'
    ? lang === 'vi'
      ? value
        ? 'đã hoàn thành'
        : 'chưa hoàn thành'
      : value
        ? 'done'
        : 'not done'
    : formatValue(value, unit, lang);

/** SNS subjects are ASCII only: Vietnamese names are folded to their unaccented letters. */
export const asciiSubject = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 99);

const lagging = (flag: Flag, plan: Plan, indicator: Indicator) => {
  const detail = flag.detail as FlagDetail; // an indicator's flag: task flags are worded in task-flag-message.ts
  const status = detail.status ?? 'no_data';
  const ratioValue = detail.ratio ?? null;
  const latest = (lang: Lang) =>
    detail.latest ? `${valueText(detail.latest.value, indicator.unit, lang)} (${detail.latest.year})` : '–';
  const ratio = (lang: Lang) =>
    ratioValue === null
      ? ''
      : lang === 'vi'
        ? `, tỷ lệ tiến độ ${formatNumber(ratioValue, 'vi')}`
        : `, progress ratio ${formatNumber(ratioValue, 'en')}`;
  return {
    vi:
      `Chỉ tiêu "${indicator.name.vi}" (${indicator.code}) của ${plan.number}: ${statusWords[status].vi} ` +
      `tính đến ${dayMonthYear(detail.asOf)}; số liệu mới nhất ${latest('vi')}${ratio('vi')}. ${detail.explanation.vi}`,
    en:
      `Target "${indicator.name.en}" (${indicator.code}) of ${plan.number}: ${statusWords[status].en} ` +
      `as of ${detail.asOf}; latest value ${latest('en')}${ratio('en')}. ${detail.explanation.en}`,
  };
};

/** The notification of a flag's opening, in Vietnamese first and English beside it. */
export const flagNotification = (flag: Flag, plan: Plan, indicator: Indicator | undefined): FlagNotification => {
  if (flag.type === 'overdue_task') return taskFlagNotification(flag, plan);
  if (isUnitFlag(flag)) return unitFlagNotification(flag, plan);
  if (!indicator) throw new Error(`flag ${flag.id}: its indicator ${flag.indicatorId} is not in the plan`);
  const text = lagging(flag, plan, indicator);
  return {
    flag,
    subject: asciiSubject(`[chitieu] Lagging target: ${indicator.code} ${indicator.name.en} (${plan.number})`),
    text,
    attributes: { departmentId: flag.departmentId ?? noDepartment, planId: flag.planId, type: flag.type },
  };
};
