import { defaultProgressMethod, type ProgressMethod } from '#shared/progress/index.ts';

/** The plans are Vietnamese: "today" is the date in Hà Nội, not the Lambda's UTC clock (7 hours behind). */
export const progressTimeZone = 'Asia/Ho_Chi_Minh';

export const todayIn = (timeZone: string = progressTimeZone, now: Date = new Date()): string => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};

/** `?asOf=` as the engine takes it: a bare year means its last day, so every actual of that year counts. */
export const asOfDate = (asOf: string | undefined, now: Date = new Date()): string => {
  if (asOf === undefined) return todayIn(progressTimeZone, now);
  return asOf.length === 4 ? `${asOf}-12-31` : asOf;
};

/** The method asked for, or the default; the route's schema has already refused an unknown name (422, progress-contracts.ts). */
export const progressMethod = (name: ProgressMethod | undefined): ProgressMethod => name ?? defaultProgressMethod;

export interface ProgressOptions {
  asOf: string;
  method: ProgressMethod;
  /** Entries carry their trajectory (the target line) too. */
  full: boolean;
}

/** Reads the validated query (a bad one was refused before any store read, so it cost nothing). */
export const progressOptions = (query: {
  asOf?: string;
  method?: ProgressMethod;
  detail?: 'summary' | 'full';
}): ProgressOptions => ({
  method: progressMethod(query.method),
  asOf: asOfDate(query.asOf),
  full: query.detail === 'full',
});
