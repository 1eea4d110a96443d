import { V1MatchesTable1700000000001 } from './1700000000001-v1-matches-table';
import { V2AlterMatchesTable1700000000002 } from './1700000000002-v2-alter-matches-table';
import { V3DropDemographics1700000000003 } from './1700000000003-v3-drop-demographics';
import { V4RenameUlnCount1700000000004 } from './1700000000004-v4-rename-uln-count';
import { V5AddMatchStatus1700000000005 } from './1700000000005-v5-add-match-status';
import { V6MatchesIndexes1700000000006 } from './1700000000006-v6-matches-indexes';

/**
 * The reference's Flyway migrations V1–V5, kept step by step and written so that they also run on a
 * database the reference already migrated (IF [NOT] EXISTS), then our own V6.
 */
export const MIGRATIONS = [
  V1MatchesTable1700000000001,
  V2AlterMatchesTable1700000000002,
  V3DropDemographics1700000000003,
  V4RenameUlnCount1700000000004,
  V5AddMatchStatus1700000000005,
  V6MatchesIndexes1700000000006,
];
