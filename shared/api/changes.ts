/** Splits a PATCH body into fields to set and fields to clear (sent as null). */
export const splitPatch = <T extends Record<string, unknown>>(patch: Record<string, unknown>) => {
  const changes: Record<string, unknown> = {};
  const removals: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) removals.push(field);
    else if (value !== undefined) changes[field] = value;
  }
  return { changes: changes as Partial<T>, removals: removals as (keyof T)[] };
};

export const nowIso = () => new Date().toISOString();
