import type { Flag, FlagDetail } from '#shared/domain/flag.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { asciiSubject, dayMonthYear } from './message.ts';
import { noDepartment, type FlagNotification } from './notifier.ts';
import type { Reminder } from './reminders.ts';

/** What a unit still owes for the year, in words: "3 chỉ tiêu chưa có số liệu (a, b, c)". */
const owed = (missing: { indicatorIds: string[]; taskIds: string[] } | undefined) => {
  const list = (ids: string[]) => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`;
  const vi: string[] = [];
  const en: string[] = [];
  if (missing?.indicatorIds.length) {
    vi.push(`${missing.indicatorIds.length} chỉ tiêu chưa có số liệu (${list(missing.indicatorIds)})`);
    en.push(`${missing.indicatorIds.length} targets without a value (${list(missing.indicatorIds)})`);
  }
  if (missing?.taskIds.length) {
    vi.push(`${missing.taskIds.length} nhiệm vụ chưa báo cáo (${list(missing.taskIds)})`);
    en.push(`${missing.taskIds.length} tasks not reported (${list(missing.taskIds)})`);
  }
  return {
    vi: vi.length ? ` Còn thiếu: ${vi.join('; ')}.` : '',
    en: en.length ? ` Still missing: ${en.join('; ')}.` : '',
  };
};

const sentTo = (plan: Plan) => (plan.reporting?.to ? ` Báo cáo gửi ${plan.reporting.to}.` : '');

/** The explanation a unit's missing_report flag carries, both languages. */
export const missingReportExplanation = (
  departmentId: string,
  year: number,
  due: string,
  missing: { indicatorIds: string[]; taskIds: string[] },
) => {
  const still = owed(missing);
  return {
    vi: `Đơn vị ${departmentId} chưa gửi báo cáo năm ${year}; hạn là ${dayMonthYear(due)}.${still.vi}`,
    en: `Unit ${departmentId} has not submitted its ${year} report, due on ${due}.${still.en}`,
  };
};

/** The notification of a unit's missing_report flag: the unit, the year, the due date, what it still owes. */
export const unitFlagNotification = (flag: Flag, plan: Plan): FlagNotification => {
  const detail = flag.detail as FlagDetail; // a unit's flag: task flags are worded in task-flag-message.ts
  const still = owed(detail.missing);
  const due = detail.dueDate ?? '';
  return {
    flag,
    subject: asciiSubject(`[chitieu] Missing ${flag.year} report: ${flag.departmentId ?? ''} (${plan.number})`),
    text: {
      vi:
        `Đơn vị ${flag.departmentId ?? ''} chưa gửi báo cáo năm ${flag.year} về ${plan.number}; ` +
        `hạn báo cáo là ${dayMonthYear(due)}.${still.vi}${sentTo(plan)}`,
      en: `Unit ${flag.departmentId ?? ''} has not submitted its ${flag.year} report on ${plan.number}; it was due on ${due}.${still.en}`,
    },
    attributes: { departmentId: flag.departmentId ?? noDepartment, planId: flag.planId, type: flag.type },
  };
};

/** A reminder before the due date: when it is due, in how many days, and what is still missing. */
export const reminderNotification = (reminder: Reminder, plan: Plan): FlagNotification => {
  const still = owed(reminder.missing);
  return {
    flag: reminder,
    subject: asciiSubject(
      `[chitieu] Reminder: ${reminder.year} report due ${reminder.dueDate} (${plan.number}, ${reminder.departmentId})`,
    ),
    text: {
      vi:
        `Nhắc việc: báo cáo năm ${reminder.year} về ${plan.number} của đơn vị ${reminder.departmentId} ` +
        `đến hạn ngày ${dayMonthYear(reminder.dueDate)} (còn ${reminder.daysBefore} ngày).${still.vi}${sentTo(plan)}`,
      en:
        `Reminder: the ${reminder.year} report on ${plan.number} of unit ${reminder.departmentId} is due on ` +
        `${reminder.dueDate} (in ${reminder.daysBefore} days).${still.en}`,
    },
    attributes: { departmentId: reminder.departmentId, planId: reminder.planId, type: reminder.type },
  };
};
