/** Builds an UpdateExpression from plain changes: SET what is given, REMOVE what is cleared. */
export const updateExpression = (changes: Record<string, unknown>, removals: readonly string[]) => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  Object.entries(changes).forEach(([field, value], i) => {
    if (value === undefined) return;
    names[`#s${i}`] = field;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  removals.forEach((field, i) => {
    names[`#r${i}`] = field;
    removes.push(`#r${i}`);
  });
  const parts = [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''];
  return {
    UpdateExpression: parts.filter(Boolean).join(' '),
    ExpressionAttributeNames: { ...names, '#pk': 'PK' },
    ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
    ConditionExpression: 'attribute_exists(#pk)',
  };
};
