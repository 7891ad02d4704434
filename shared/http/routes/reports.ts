import * as r from '../report-contracts.ts';
import { routeArea } from '../route.ts';

/**
 * The yearly reporting cycle (docs/reporting.md): each unit's report, its review and lock, the
 * plan's completeness and timeliness, and the succession of units. Writes and reads are two
 * functions, so the public reads keep a read-only role.
 */
export const reportsRoutes = routeArea({
  getReportingStatus: {
    method: 'GET',
    path: '/plans/{planId}/reports/{year}',
    function: 'api-reports-read',
    access: 'public',
    summary: "Who has reported for a year, on time or late, and the plan's reporting rate",
    description:
      'Every unit that must report (reporting.units, else the leads of the indicators): its report state, submittedAt, ' +
      'timeliness as of asOf (on_time when submitted on or before the due day (year + yearOffset)-deadline, late after it, ' +
      'missing when the due day has passed without a submission, not_due before it), and its values and tasks reported ' +
      'against those it leads. reportingRate = (onTime + late) / expected; timelyRate = onTime / expected. The year lies ' +
      'within the plan period (422).',
    params: r.ReportYearParams,
    query: r.ReportingQuery,
    success: { status: 200, schema: r.ReportingStatus, description: 'the units and the summary' },
    tags: ['reports'],
  },
  getUnitReport: {
    method: 'GET',
    path: '/plans/{planId}/reports/{year}/{departmentId}',
    function: 'api-reports-read',
    access: 'public',
    summary: "A unit's report for a year, with its ETag for If-Match",
    description: 'The report as last written or reviewed; 404 when the unit has written none for the year.',
    params: r.ReportParams,
    success: { status: 200, schema: r.UnitReport, description: 'the report; ETag header' },
    tags: ['reports'],
  },
  putUnitReport: {
    method: 'PUT',
    path: '/plans/{planId}/reports/{year}/{departmentId}',
    function: 'api-reports',
    access: 'owner',
    summary: "Write a unit's yearly report: a draft, or submitted (If-Match to replace)",
    description:
      'By the unit itself or the planning office (403 otherwise); the unit must be a reporting unit of the plan and the year ' +
      'within its period (422). A first write needs no If-Match (201); replacing needs If-Match with its ETag (428 without, ' +
      '412 when stale; 200). submittedAt is set by the server when the report is first submitted. An accepted report is ' +
      'locked (409) until the consolidating department reopens it. Every write is kept in the history.',
    params: r.ReportParams,
    body: r.UnitReportInput,
    success: { status: 201, schema: r.UnitReport, description: 'created (200 when replaced); ETag header' },
    tags: ['reports'],
  },
  listUnitReportHistory: {
    method: 'GET',
    path: '/plans/{planId}/reports/{year}/{departmentId}/history',
    function: 'api-reports-read',
    access: 'public',
    summary: "Every revision of a unit's report, newest first: writes and review decisions",
    description: 'Each write and each decision (accept, return, reopen) as a revision, newest first, paged.',
    params: r.ReportParams,
    query: r.ReportHistoryQuery,
    success: { status: 200, schema: r.ReportRevisionPage, description: 'revisions' },
    tags: ['reports'],
  },
  reviewUnitReport: {
    method: 'POST',
    path: '/plans/{planId}/reports/{year}/{departmentId}/review',
    function: 'api-reports',
    access: 'owner',
    summary: "Accept, return or reopen a unit's report (the consolidating department)",
    description:
      'By the consolidating department (reporting.toDepartmentId) or the planning office (403 otherwise). accept: a submitted ' +
      "report becomes accepted and the unit's values for the year are locked (a write answers 409 naming the lock); return " +
      '(with a comment): a submitted report goes back to the unit; reopen (with a comment): an accepted one is unlocked and ' +
      'returned. A decision already in force answers 200 and writes nothing; one that does not apply is a 409. If-Match is ' +
      'optional (412 when stale). Every decision is kept in the history.',
    params: r.ReportParams,
    body: r.ReviewInput,
    success: { status: 200, schema: r.UnitReport, description: 'the report as reviewed; ETag header' },
    tags: ['reports'],
  },
  succeedDepartment: {
    method: 'POST',
    path: '/departments/{departmentId}/succession',
    function: 'api-reports',
    access: 'admin',
    summary: 'Record the successors of a unit and move its indicators to them',
    description:
      'successorIds must exist and not be the unit itself (422); validTo is the last day the unit writes under its own id ' +
      '(its tokens are refused after it, 403). Each indicator the unit leads moves to its successor: the only one, or the one ' +
      'assign names (required for each with several successors, 422), keeping the unit in its formerLeads. At most 2000 ' +
      'indicators per unit (413).',
    params: r.SuccessionParams,
    body: r.SuccessionInput,
    success: { status: 200, schema: r.SuccessionResult, description: 'the unit and what moved' },
    tags: ['reports', 'departments'],
  },
});
