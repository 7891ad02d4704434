import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReportRevision, UnitReport } from '#shared/domain/report.ts';
import { VersionConflict } from '../errors.ts';
import type { Page, PageRequest } from '../port.ts';
import type { ReminderRef, ReportRef, ReportStore, ReportWrite } from '../report-port.ts';
import { queryPage } from './query-page.ts';
import { guarded, isConditionFailed } from './failures.ts';
import { planPartition, stripLayout } from './keys.ts';
import { queryAll } from './query-all.ts';
import { reminderKey, reportKey, reportRevisionKey, reportRevisionPartition, reportSortPrefix } from './report-keys.ts';
import { transactWithRetry } from './transact.ts';

/** The DynamoDB adapter of the report port; keys in report-keys.ts. */
export class DynamoReportStore implements ReportStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getReport(ref: ReportRef): Promise<UnitReport | undefined> {
    const { Item } = await guarded(() =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: reportKey(ref), ConsistentRead: true })),
    );
    return Item ? stripLayout<UnitReport>(Item) : undefined;
  }

  async putReport({ report, change, expectedVersion }: ReportWrite): Promise<UnitReport> {
    const revision: ReportRevision = { ...report, change };
    const outcome = await transactWithRetry(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...reportKey(report), entity: 'report', ...report },
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...reportRevisionKey(report, report.version), entity: 'report-revision', ...revision },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ]);
    if (outcome.kind === 'committed') return report;
    const current = outcome.reasons[0]?.Item?.version;
    throw new VersionConflict(typeof current === 'number' ? current : null);
  }

  async listReportRevisions(ref: ReportRef, page: PageRequest): Promise<Page<ReportRevision>> {
    return queryPage<ReportRevision>(
      this.db,
      this.tableName,
      { partition: reportRevisionPartition(ref), newestFirst: true },
      page,
    );
  }

  async listYearReports(planId: string, year: number): Promise<UnitReport[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': planPartition(planId), ':prefix': reportSortPrefix(year) },
      ConsistentRead: true,
    });
    return items.map((item) => stripLayout<UnitReport>(item));
  }

  async claimReminder(reminder: ReminderRef, at: string): Promise<boolean> {
    try {
      await guarded(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...reminderKey(reminder), entity: 'reminder', ...reminder, sentAt: at },
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  async releaseReminder(reminder: ReminderRef): Promise<void> {
    await guarded(() => this.db.send(new DeleteCommand({ TableName: this.tableName, Key: reminderKey(reminder) })));
  }
}
