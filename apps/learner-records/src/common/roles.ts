/** Consumer services that read stored matches (two underscores before `RO`). */
export const ROLE_SEARCH_RO = 'ROLE_LEARNER_RECORDS_SEARCH__RO';
/** The match UI (two underscores after `RECORDS`). */
export const ROLE_MATCH_UI = 'ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI';
export const ROLE_SAR_DATA_ACCESS = 'ROLE_SAR_DATA_ACCESS';
