import type { ProgressStatus } from './types.ts';

/** The product's statuses as people read them. */
export const statusWords: Record<ProgressStatus, { vi: string; en: string }> = {
  achieved: { vi: 'Đã đạt', en: 'Achieved' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  at_risk: { vi: 'Có nguy cơ không đạt', en: 'At risk' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  pending: { vi: 'Đang chờ', en: 'Pending' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data' },
  insufficient_data: { vi: 'Chưa đủ số liệu', en: 'Insufficient data' },
};

/** The methods' own status words (methodStatus), as their authors name them. */
export const methodStatusWords: Record<string, { vi: string; en: string }> = {
  target_met: { vi: 'đã đạt mục tiêu', en: 'target met' },
  on_track: { vi: 'đúng hướng', en: 'on track' },
  fair_progress: { vi: 'có tiến bộ nhưng cần tăng tốc', en: 'fair progress, acceleration needed' },
  limited_or_no_progress: { vi: 'tiến bộ hạn chế hoặc không tiến bộ', en: 'limited or no progress' },
  deterioration: { vi: 'xấu đi', en: 'deterioration' },
  on_track_or_met: { vi: 'đúng hướng hoặc đã đạt', en: 'on track or met' },
  stagnation_or_regression: { vi: 'đứng yên hoặc thụt lùi', en: 'stagnation or regression' },
  substantial_progress: { vi: 'tiến bộ đáng kể', en: 'substantial progress' },
  moderate_progress: { vi: 'tiến bộ vừa phải', en: 'moderate progress' },
  limited_progress: { vi: 'tiến bộ hạn chế', en: 'limited progress' },
};

/** A milestone's yes/no as a report states it. */
export const doneWords = (done: boolean): { vi: string; en: string } =>
  done ? { vi: 'đã hoàn thành', en: 'done' } : { vi: 'chưa hoàn thành', en: 'not done' };

export const illustrativeNote = { vi: ' (số liệu minh họa)', en: ' (illustrative figures)' };

/** The sentence in the language asked for. */
export const pick = (lang: 'vi' | 'en', vi: string, en: string) => (lang === 'vi' ? vi : en);

export const yearList = (years: readonly number[]) => years.join(', ');
