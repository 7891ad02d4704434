import type { TaskStatusResult } from './status.ts';

type Facts = Omit<TaskStatusResult, 'explanation'>;
type Lang = 'vi' | 'en';

/** The statuses as people read them. */
export const taskStatusWords = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành chậm', en: 'Done late' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
} as const;

/** Vietnamese dates as people write them (31/12/2025); English keeps the unambiguous ISO form. */
const date = (iso: string, lang: Lang): string =>
  lang === 'vi' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;

const days = (n: number, lang: Lang): string => (lang === 'vi' ? `${n} ngày` : n === 1 ? '1 day' : `${n} days`);

const stateWords = {
  not_started: { vi: 'báo cáo chưa triển khai', en: 'reported not started' },
  in_progress: { vi: 'báo cáo đang thực hiện', en: 'reported in progress' },
  done: { vi: 'báo cáo hoàn thành', en: 'reported done' },
} as const;

const body = (f: Facts, lang: Lang): string => {
  const vi = lang === 'vi';
  const due = date(f.dueDate, lang);
  const left = days(f.daysToDue, lang);
  switch (f.reason) {
    case 'done_by_due':
      return vi
        ? `hoàn thành ngày ${date(f.completedOn!, lang)}, đúng hạn ${due}`
        : `done on ${date(f.completedOn!, lang)}, by the due date ${due}`;
    case 'done_after_due':
      return vi
        ? `hoàn thành ngày ${date(f.completedOn!, lang)}, chậm ${days(f.daysLate ?? 0, lang)} so với hạn ${due}`
        : `done on ${date(f.completedOn!, lang)}, ${days(f.daysLate ?? 0, lang)} after the due date ${due}`;
    case 'due_passed_not_done': {
      const late = days(-f.daysToDue, lang);
      const what = f.state === null ? (vi ? 'chưa có báo cáo' : 'no report') : stateWords[f.state][lang];
      const when =
        f.completedOn === undefined
          ? ''
          : vi
            ? ` ngày ${date(f.completedOn, lang)}`
            : ` for ${date(f.completedOn, lang)}`;
      return vi
        ? `đã quá hạn ${due} ${late} mà chưa hoàn thành (${what}${when})`
        : `${late} past the due date ${due} and not done (${what}${when})`;
    }
    case 'done_after_as_of':
      return vi
        ? `báo cáo hoàn thành ngày ${date(f.completedOn!, lang)}, sau ngày xem xét; còn ${left} đến hạn ${due}`
        : `reported done on ${date(f.completedOn!, lang)}, after the day asked about; ${left} left to the due date ${due}`;
    case 'reported_in_progress':
      return vi ? `đang thực hiện; còn ${left} đến hạn ${due}` : `in progress; ${left} left to the due date ${due}`;
    case 'reported_not_started':
      return vi ? `chưa triển khai; còn ${left} đến hạn ${due}` : `not started; ${left} left to the due date ${due}`;
    case 'no_report_yet':
      return vi ? `chưa có báo cáo; còn ${left} đến hạn ${due}` : `no report yet; ${left} left to the due date ${due}`;
  }
};

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * One sentence per language naming the dates that decided. Recurring work says which year's
 * report it speaks of, since the same task has one status per year.
 */
export const explainTaskStatus = (f: Facts, recurring: boolean): { vi: string; en: string } => {
  const sentence = (lang: Lang) => {
    const text = body(f, lang);
    const prefix = recurring ? (lang === 'vi' ? `Năm ${f.year}: ` : `For ${f.year}: `) : '';
    return `${prefix}${recurring ? text : capitalise(text)}.`;
  };
  return { vi: sentence('vi'), en: sentence('en') };
};
