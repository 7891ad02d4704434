import type { Flag } from '#shared/domain/flag.ts';
import { taskReportKey } from './task-keys.ts';

/**
 * The condition an overdue task's flag opens under (docs/flags.md): the year's report is still not
 * 'done', so a report posted after the job read the plan is never flagged.
 */
export const taskStillNotDone = (tableName: string, flag: Pick<Flag, 'planId' | 'taskId' | 'year'>) => ({
  ConditionCheck: {
    TableName: tableName,
    Key: taskReportKey(flag.planId, flag.taskId ?? '', flag.year),
    ConditionExpression: 'attribute_not_exists(PK) OR #state <> :done',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: { ':done': 'done' },
  },
});
