/**
 * Writing an actual, whichever path writes it (PUT, the import, the seed): the rules a value must
 * keep, who may report it, and the record and version a write creates.
 */
export { actualIssues, actualYears, mayReport, yearsBeforePlan } from './rules.ts';
export {
  actualWrite,
  outcomeOf,
  planningOfficeReporter,
  reporterOf,
  type ActualReport,
  type ReportOutcome,
  type Reporting,
} from './revision.ts';
export { expectedVersion, nextVersion, versionRequired } from './version.ts';
