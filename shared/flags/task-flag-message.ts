import type { Flag } from '#shared/domain/flag.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { TaskFlagDetail } from '#shared/domain/task-flag.ts';
import { asciiSubject, dayMonthYear } from './message.ts';
import { noDepartment, type FlagNotification } from './notifier.ts';

/** The notification of an overdue task, to its lead department: Vietnamese first, English beside. */
export const taskFlagNotification = (flag: Flag, plan: Plan): FlagNotification => {
  const detail = flag.detail as TaskFlagDetail; // only task flags come here (message.ts)
  const title = detail.title.en ?? detail.title.vi;
  return {
    flag,
    subject: asciiSubject(`[chitieu] Overdue task ${detail.code} (${plan.number}), due ${detail.dueDate}`),
    text: {
      vi:
        `Nhiệm vụ ${detail.code} "${detail.title.vi}" của ${plan.number} đã quá hạn ${dayMonthYear(detail.dueDate)} ` +
        `mà chưa hoàn thành. ${detail.explanation.vi}${plan.reporting?.to ? ` Báo cáo gửi ${plan.reporting.to}.` : ''}`,
      en: `Task ${detail.code} "${title}" of ${plan.number} is past its due date ${detail.dueDate} and not done. ${detail.explanation.en}`,
    },
    attributes: { departmentId: flag.departmentId ?? noDepartment, planId: flag.planId, type: flag.type },
  };
};
