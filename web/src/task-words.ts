/**
 * The words of the tasks' parts of the dashboard, Vietnamese first. Status words are the product's
 * own (shared/tasks/explanation.ts), so the page and the API's explanations agree.
 */
import { taskStatusWords } from '../../shared/tasks/explanation.ts';
import type { Lang, TaskStatus } from './types.ts';

const vi = {
  tasks: 'Nhiệm vụ',
  tasksIntro: 'Nhiệm vụ của kế hoạch theo mục, với đơn vị chủ trì, thời hạn và văn bản kết quả.',
  lead: 'Chủ trì',
  supporting: 'Phối hợp',
  due: 'Thời hạn',
  everyYear: (deadline: string) => `hằng năm, trước ${deadline}`,
  evidence: 'Văn bản kết quả',
  noEvidence: 'Chưa có văn bản',
  leads: 'Nhiệm vụ chủ trì',
  supports: 'Nhiệm vụ phối hợp',
  noTasks: 'Không có nhiệm vụ.',
  department: 'Sở, ngành',
  taskCounts: 'Số nhiệm vụ chủ trì theo trạng thái',
};

type TaskMessages = typeof vi;

const en: TaskMessages = {
  tasks: 'Tasks',
  tasksIntro: "The plan's tasks by section, with the lead department, the due date and the document produced.",
  lead: 'Lead',
  supporting: 'Supporting',
  due: 'Due',
  everyYear: (deadline: string) => `every year, by ${deadline}`,
  evidence: 'Document produced',
  noEvidence: 'No document yet',
  leads: 'Tasks it leads',
  supports: 'Tasks it supports',
  noTasks: 'No tasks.',
  department: 'Department',
  taskCounts: 'Tasks led, by status',
};

const messages: Record<Lang, TaskMessages> = { vi, en };

export const taskWords = (lang: Lang): TaskMessages => messages[lang];

export const taskStatusWord = (status: TaskStatus, lang: Lang): string => taskStatusWords[status][lang];

/** Done, then in hand, then what is late or not begun: the order counts are listed in. */
export const taskStatusOrder: TaskStatus[] = [
  'done_on_time',
  'done_late',
  'in_progress',
  'not_started',
  'overdue',
  'not_due',
];
