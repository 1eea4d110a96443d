import { at, JsonObject, readArray, readObject, readString } from '@libs/upstream';
import { COURT_OUTCOME_TYPES, CourtCasesSummary, CourtOutcomeType } from '../../domain/probation-records';

type Appearance = JsonObject | null;

function chargesOf(appearance: Appearance): JsonObject[] {
  return readArray(appearance?.charges).map((charge) => readObject(charge) ?? {});
}

function outcomeTypeOf(value: string | null): CourtOutcomeType {
  return COURT_OUTCOME_TYPES.find((type) => type === value) ?? 'OTHER';
}

/**
 * Remand and Sentencing's sentenced court cases (`/person/{prisonerId}/sentenced-court-cases`) summed
 * up as HEAD does: the earliest conviction date of any charge, the outcome of the latest appearance
 * (a case's latest appearance counted with its others), and the court of the latest sentencing one.
 */
export function toCourtCasesSummary(dto: JsonObject): CourtCasesSummary {
  const cases = readArray(dto.courtCases).map((item) => readObject(item) ?? {});
  const appearances: Appearance[] = cases.flatMap((courtCase) => [
    ...readArray(courtCase.appearances).map((item) => readObject(item) ?? {}),
    readObject(courtCase.latestAppearance),
  ]);
  const convictionDates = appearances
    .flatMap(chargesOf)
    .map((charge) => readString(at(charge, 'sentence', 'convictionDate')))
    .filter((date): date is string => date !== null)
    .sort();
  // Newest first; appearances without a date (and missing latest appearances) last.
  const dated = appearances
    .map((appearance) => ({ appearance, date: readString(appearance?.appearanceDate) }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map(({ appearance }) => appearance);
  const latestOutcome = readObject(dated[0]?.outcome);
  const sentencing = dated.find(
    (appearance) => readString(at(appearance, 'outcome', 'outcomeType')) === 'SENTENCING',
  );
  return {
    dateOfFirstConviction: convictionDates[0] ?? null,
    courtOutcome: latestOutcome
      ? {
          outcomeType: outcomeTypeOf(readString(latestOutcome.outcomeType)),
          outcomeName: readString(latestOutcome.outcomeName),
        }
      : null,
    courtCode: readString(sentencing?.courtCode),
  };
}
