import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { postRows, seedImportPlan } from '../imports/support.ts';

const api = useLocalApi();

/** What a Cognito `sub` looks like: one clerk's account, which public answers must not publish. */
const clerkSubject = '8f14e45f-ceea-467f-a0e6-02f3b7c1d9a1';
const officeSubject = '3c59dc04-8a7e-4f04-b7a1-6b1f1f1e2d3c';

describe('reportedBy on public answers', () => {
  it("names the department (or the planning office), never the token's subject, on every read of a PUT or an imported value", async () => {
    const s = await seedImportPlan(api, 'reporter', 2);
    const clerk = await api.token({ role: 'department', departmentId: s.departmentId, subject: clerkSubject });
    const office = await api.token({ role: 'admin', subject: officeSubject });
    const [first, second] = s.indicatorIds as [string, string];

    const put = await api.call('PUT', `/indicators/${first}/actuals/2024`, {
      token: clerk,
      body: { value: 10, status: 'final' },
    });
    expect(put.status).toBe(201);
    expect(put.body.reportedBy).toBe(s.departmentId);
    const imported = await postRows(api, clerk, [{ indicatorId: second, year: 2024, value: 5 }]);
    expect(imported.status).toBe(200);
    const corrected = await api.call('PUT', `/indicators/${second}/actuals/2024`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { value: 6, status: 'final' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.reportedBy).toBe('admin');

    const reads = await Promise.all(
      [
        `/indicators/${first}/actuals`,
        `/indicators/${first}/actuals/2024`,
        `/indicators/${first}/actuals/2024/history`,
        `/indicators/${second}/actuals/2024/history`,
        `/plans/${s.planId}/actuals.csv`,
        `/indicators/${first}/progress`,
        `/plans/${s.planId}/progress?detail=full`,
      ].map((route) => api.call('GET', route)),
    );
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.text).not.toContain(clerkSubject);
      expect(read.text).not.toContain(officeSubject);
    }
    expect(reads[1]!.body.reportedBy).toBe(s.departmentId);
    expect(reads[3]!.body.items.map((r: { reportedBy: string }) => r.reportedBy).sort()).toEqual(
      ['admin', s.departmentId].sort(),
    );
  });
});
