import { HttpProblem } from '#shared/http/problem.ts';
import { defaultProgressMethod, isProgressMethod, progressMethodNames, type ProgressMethod } from '#shared/progress/index.ts';

/** The plans are Vietnamese: "today" is the date in Hà Nội, not the Lambda's UTC clock (7 hours behind). */
export const progressTimeZone = 'Asia/Ho_Chi_Minh';

export const todayIn = (timeZone: string = progressTimeZone, now: Date = new Date()): string => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};

/** `?asOf=` as the engine takes it: a bare year means its last day, so every actual of that year counts. */
export const asOfDate = (asOf: string | undefined, now: Date = new Date()): string => {
  if (asOf === undefined) return todayIn(progressTimeZone, now);
  return asOf.length === 4 ? `${asOf}-12-31` : asOf;
};

/** Unknown methods are refused with 400 (not the validation 422): the issue defines it so. */
export const progressMethod = (name: string | undefined): ProgressMethod => {
  if (name === undefined) return defaultProgressMethod;
  if (isProgressMethod(name)) return name;
  const allowed = progressMethodNames.join(', ');
  throw new HttpProblem(400, `Phương pháp không được hỗ trợ / unknown method '${name}': dùng / use ${allowed}`, {
    errors: [
      {
        in: 'query',
        field: 'method',
        message: `unknown progress method; one of ${allowed}`,
        messageVi: `phương pháp không được hỗ trợ; chọn một trong ${allowed}`,
        code: 'invalid_value',
      },
    ],
    allowed: [...progressMethodNames],
  });
};

export interface ProgressOptions {
  asOf: string;
  method: ProgressMethod;
  /** Entries carry their trajectory (the target line) too. */
  full: boolean;
}

/** Reads the validated query; throws before any store read, so a bad request costs nothing. */
export const progressOptions = (query: { asOf?: string; method?: string; detail?: 'summary' | 'full' }): ProgressOptions => ({
  method: progressMethod(query.method),
  asOf: asOfDate(query.asOf),
  full: query.detail === 'full',
});
