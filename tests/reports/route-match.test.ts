import { describe, expect, it } from 'vitest';
import { matchRoute, matchRouteIn } from '#shared/http/route-table.ts';

/** A parameter inside a segment (`{period}.docx`), as the route table's matcher reads it. */
describe('matching …/reports/{period}.docx and .xlsx', () => {
  it.each([
    ['/plans/th-68/reports/2025.docx', 'consolidatedReportDocx', '2025'],
    ['/plans/th-68/reports/2024-2026.docx', 'consolidatedReportDocx', '2024-2026'],
    ['/plans/th-68/reports/2025.xlsx', 'consolidatedReportXlsx', '2025'],
    // The value between the literal parts is decoded as any path parameter is.
    ['/plans/th-68/reports/20%32%35.xlsx', 'consolidatedReportXlsx', '2025'],
    ['/plans/th-68/reports/a.docx.docx', 'consolidatedReportDocx', 'a.docx'],
  ])('%s → %s with period %s', (path, operationId, period) => {
    const match = matchRoute('GET', path);
    expect(match.route?.operationId).toBe(operationId);
    expect(match.route && 'pathParameters' in match ? match.pathParameters : {}).toEqual({ planId: 'th-68', period });
  });

  it.each([
    '/plans/th-68/reports/.docx',
    '/plans/th-68/reports/2025.pdf',
    '/plans/th-68/reports/2025docx',
    '/plans/th-68/reports/2025.docx/x',
  ])('%s is no report file (at most the yearly completeness answer, whose year it fails)', (path) => {
    const match = matchRoute('GET', path);
    expect(['consolidatedReportDocx', 'consolidatedReportXlsx']).not.toContain(match.route?.operationId);
  });

  it('another method on the file is a 405 naming GET', () => {
    const match = matchRoute('POST', '/plans/th-68/reports/2025.docx');
    expect(match.route).toBeUndefined();
    expect('allowed' in match && [...new Set(match.allowed)]).toEqual(['GET']);
  });

  it('where a bare parameter fits too, the route asking for more literal text wins, in either order', () => {
    const docx = matchRoute('GET', '/plans/th-68/reports/2025.docx').route!;
    // A route shaped like the yearly completeness answer, GET /plans/{planId}/reports/{year}.
    const bare = { ...docx, operationId: 'yearReporting', path: '/plans/{planId}/reports/{year}' };
    for (const table of [
      [bare, docx],
      [docx, bare],
    ]) {
      expect(matchRouteIn(table, 'GET', '/plans/th-68/reports/2025.docx').route?.operationId).toBe(
        'consolidatedReportDocx',
      );
      expect(matchRouteIn(table, 'GET', '/plans/th-68/reports/2025').route?.operationId).toBe('yearReporting');
    }
  });
});
