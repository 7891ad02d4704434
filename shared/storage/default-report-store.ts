import { documentClient } from '#shared/runtime/document-client.ts';
import { DynamoReportStore } from './dynamodb/report-store.ts';
import type { ReportStore } from './report-port.ts';

let reportStore: ReportStore | undefined;

/** Like defaultStore(): the reports' store on the process's one client, made on first use. */
export const defaultReportStore = (): ReportStore => {
  if (!reportStore) {
    const { client, tableName } = documentClient();
    reportStore = new DynamoReportStore(client, tableName);
  }
  return reportStore;
};
