/** Key builders: the only place that knows how product ids become DynamoDB keys. */
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const planKey = (planId: string) => ({ PK: `PLAN#${planId}`, SK: '#PLAN' });
export const planListKey = (planId: string) => ({ GSI1PK: 'PLANS', GSI1SK: planId });
export const planPartition = (planId: string) => `PLAN#${planId}`;

export const departmentKey = (departmentId: string) => ({ PK: `DEPT#${departmentId}`, SK: '#DEPT' });
export const departmentListKey = (departmentId: string) => ({ GSI1PK: 'DEPTS', GSI1SK: departmentId });

export const indicatorKey = (planId: string, indicatorId: string) => ({
  PK: `PLAN#${planId}`,
  SK: `IND#${indicatorId}`,
});
/** Indicator ids are global: this guard item makes a second indicator with the same id fail. */
export const indicatorIdGuardKey = (indicatorId: string) => ({ PK: `INDICATOR#${indicatorId}`, SK: '#ID' });
export const indicatorLookupKey = (indicatorId: string) => ({ GSI2PK: `IND#${indicatorId}`, GSI2SK: '#IND' });
export const departmentIndicatorKey = (departmentId: string, indicatorId: string) => ({
  GSI1PK: `DEPT#${departmentId}`,
  GSI1SK: `IND#${indicatorId}`,
});

export const actualKey = (planId: string, indicatorId: string, year: number) => ({
  PK: `PLAN#${planId}`,
  SK: `ACT#${indicatorId}#Y#${year}`,
});
export const actualLookupKey = (indicatorId: string, year: number) => ({
  GSI2PK: `IND#${indicatorId}`,
  GSI2SK: `Y#${year}`,
});

/** A superseded target, beside its indicator in the plan's partition (SK outside IND#, so indicator lists skip it). */
export const targetVersionKey = (planId: string, indicatorId: string, version: number) => ({
  PK: `PLAN#${planId}`,
  SK: `TGT#${indicatorId}#V#${pad(version, 8)}`,
});
export const targetVersionLookupKey = (indicatorId: string, version: number) => ({
  GSI2PK: `IND#${indicatorId}`,
  GSI2SK: `TGT#V#${pad(version, 8)}`,
});

export const revisionKey = (indicatorId: string, year: number, version: number) => ({
  PK: `REV#${indicatorId}#${year}`,
  SK: `V#${pad(version, 8)}`,
});
export const revisionPartition = (indicatorId: string, year: number) => `REV#${indicatorId}#${year}`;

/** Attributes that belong to the table's layout, not to the product's records. */
export const layoutAttributes = [
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'entity',
  'expiresAt',
] as const;

export const stripLayout = <T>(item: Record<string, unknown>): T => {
  const record: Record<string, unknown> = { ...item };
  for (const attribute of layoutAttributes) delete record[attribute];
  return record as T;
};
