/** The API's areas as the OpenAPI document groups them; a route may only name one of these. */
export const apiTags = {
  meta: 'Health and this API description',
  plans: 'Plans (kế hoạch, quyết định, nghị quyết…): public reads, writes by the planning office',
  indicators: "A plan's indicators (chỉ tiêu): the measurable targets, their units, bounds and sources",
  departments: 'Departments (sở, ban, ngành) that own indicators and report their values',
  actuals: 'Yearly actual values: posted one by one or imported in bulk, every revision kept, exported as CSV',
  progress: 'Progress as of a date, computed on read from the targets and actuals (docs/methodology.md)',
  tasks: 'Tasks (nhiệm vụ) of a plan: a lead department, a due date or yearly work, reports with evidence',
  flags: 'Flags the daily job raises for lagging targets and overdue reports (docs/flags.md)',
  reports:
    "The yearly reporting cycle: each unit's report, its review and lock, completeness and timeliness (docs/reporting.md)",
} as const;

export type Tag = keyof typeof apiTags;
