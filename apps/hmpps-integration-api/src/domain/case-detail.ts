/** A probation case as the Effective Proposal Framework sees it (spec §5.4 #35). */
export interface CaseDetail {
  nomsId: string | null;
  name: { forename: string | null; middleName: string | null; surname: string | null } | null;
  dateOfBirth: string | null;
  gender: string | null;
  courtAppearance: { date: string | null; court: { name: string | null } | null } | null;
  sentence: {
    date: string | null;
    sentencingCourt: { name: string | null } | null;
    releaseDate: string | null;
    expectedReleaseDate: string | null;
  } | null;
  responsibleProvider: { code: string | null; name: string | null } | null;
  ogrsScore: number | null;
  rsrScore: number | null;
  age: number | null;
  ageAtRelease: number | null;
}
