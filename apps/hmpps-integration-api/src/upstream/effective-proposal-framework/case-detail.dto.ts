import { CaseDetail } from '../../domain/case-detail';

/** EPF `/case-details/{crn}/{eventNumber}`, read field by field so nothing unpublished leaks through. */
export interface CaseDetailDto {
  nomsId?: string | null;
  name?: { forename?: string | null; middleName?: string | null; surname?: string | null } | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  courtAppearance?: { date?: string | null; court?: { name?: string | null } | null } | null;
  sentence?: {
    date?: string | null;
    sentencingCourt?: { name?: string | null } | null;
    releaseDate?: string | null;
    expectedReleaseDate?: string | null;
  } | null;
  responsibleProvider?: { code?: string | null; name?: string | null } | null;
  ogrsScore?: number | null;
  rsrScore?: number | null;
  age?: number | null;
  ageAtRelease?: number | null;
}

const courtName = (court: { name?: string | null } | null | undefined) =>
  court ? { name: court.name ?? null } : null;

export function toCaseDetail(detail: CaseDetailDto): CaseDetail {
  const { name, courtAppearance, sentence, responsibleProvider } = detail;
  return {
    nomsId: detail.nomsId ?? null,
    name: name
      ? {
          forename: name.forename ?? null,
          middleName: name.middleName ?? null,
          surname: name.surname ?? null,
        }
      : null,
    dateOfBirth: detail.dateOfBirth ?? null,
    gender: detail.gender ?? null,
    courtAppearance: courtAppearance
      ? { date: courtAppearance.date ?? null, court: courtName(courtAppearance.court) }
      : null,
    sentence: sentence
      ? {
          date: sentence.date ?? null,
          sentencingCourt: courtName(sentence.sentencingCourt),
          releaseDate: sentence.releaseDate ?? null,
          expectedReleaseDate: sentence.expectedReleaseDate ?? null,
        }
      : null,
    responsibleProvider: responsibleProvider
      ? { code: responsibleProvider.code ?? null, name: responsibleProvider.name ?? null }
      : null,
    ogrsScore: detail.ogrsScore ?? null,
    rsrScore: detail.rsrScore ?? null,
    age: detail.age ?? null,
    ageAtRelease: detail.ageAtRelease ?? null,
  };
}
