/**
 * Dates a query or job may name: calendar days of the years 1900–2100, as one pattern each, so that
 * the OpenAPI document states exactly what validation accepts (no 2100-64-95, no 2026-02-30).
 * Leap days: years divisible by 4, except 1900 and 2100.
 */
const year = '(?:19\\d\\d|20\\d\\d|2100)';
const monthDay =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const leapYear = '(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))';
const day = `(?:${year}-${monthDay}|${leapYear}-02-29)`;

/** YYYY-MM-DD, 1900-01-01 to 2100-12-31. */
export const calendarDate = new RegExp(`^${day}$`);

/** YYYY-MM-DD as calendarDate, or a bare year YYYY, 1900–2100. */
export const calendarDateOrYear = new RegExp(`^(?:${day}|${year})$`);
