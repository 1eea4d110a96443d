import { Offence } from '../../domain/offence';
import {
  CommunityOffenderManager,
  MappaDetail,
  ProbationCase,
  Registration,
} from '../../domain/probation-case';
import { PROBATION_SOURCE, Sentence } from '../../domain/sentence';

/** nDelius `/case/{crn}/supervisions`: a probation case's supervisions and what is registered against it. */
export interface DeliusOffenceDto {
  code?: string | null;
  description?: string | null;
  date?: string | null;
}

export interface DeliusSupervisionDto {
  active?: boolean | null;
  custodial: boolean;
  mainOffence?: DeliusOffenceDto | null;
  additionalOffences?: DeliusOffenceDto[] | null;
  courtAppearances?: { date?: string | null; court?: string | null }[] | null;
  sentence?: {
    date?: string | null;
    description?: string | null;
    length?: number | null;
    lengthUnits?: string | null;
  } | null;
}

export interface DeliusRegistrationDto {
  code?: string | null;
  description?: string | null;
  startDate?: string | null;
  reviewDate?: string | null;
  notes?: string | null;
}

export interface DeliusCommunityManagerDto {
  name?: { forename?: string | null; surname?: string | null } | null;
  email?: string | null;
  telephoneNumber?: string | null;
  team?: {
    code?: string | null;
    description?: string | null;
    email?: string | null;
    telephoneNumber?: string | null;
  } | null;
}

export interface DeliusSupervisionsDto {
  communityManager?: DeliusCommunityManagerDto | null;
  mappaDetail?: Partial<MappaDetail> | null;
  supervisions?: DeliusSupervisionDto[] | null;
  dynamicRisks?: DeliusRegistrationDto[] | null;
  personStatus?: DeliusRegistrationDto[] | null;
}

function toSentence(supervision: DeliusSupervisionDto): Sentence {
  const sentence = supervision.sentence ?? {};
  return {
    ...PROBATION_SOURCE,
    dateOfSentencing: sentence.date || null,
    description: sentence.description ?? null,
    isActive: supervision.active ?? null,
    isCustodial: supervision.custodial,
    fineAmount: null,
    length: { duration: sentence.length ?? null, units: sentence.lengthUnits ?? null, terms: [] },
  };
}

/** The court appearances are offset date-times; offences carry their calendar dates. */
function toOffences(supervision: DeliusSupervisionDto): Offence[] {
  const appearances = supervision.courtAppearances ?? [];
  const courtDates = appearances.flatMap((appearance) =>
    appearance.date ? [appearance.date.slice(0, 10)] : [],
  );
  const courtName = appearances[0]?.court ?? null;
  const offences = [
    ...(supervision.mainOffence ? [supervision.mainOffence] : []),
    ...(supervision.additionalOffences ?? []),
  ];
  return offences.map((offence) => ({
    ...PROBATION_SOURCE,
    cjsCode: null,
    hoCode: offence.code ?? null,
    courtDates,
    courtName,
    description: offence.description ?? null,
    endDate: null,
    startDate: offence.date ?? null,
    statuteCode: null,
  }));
}

function toRegistration(registration: DeliusRegistrationDto): Registration {
  return {
    code: registration.code ?? null,
    description: registration.description ?? null,
    startDate: registration.startDate ?? null,
    reviewDate: registration.reviewDate ?? null,
    notes: registration.notes ?? null,
  };
}

function toMappaDetail(mappa: Partial<MappaDetail> | null | undefined): MappaDetail {
  return {
    level: mappa?.level ?? null,
    levelDescription: mappa?.levelDescription ?? null,
    category: mappa?.category ?? null,
    categoryDescription: mappa?.categoryDescription ?? null,
    startDate: mappa?.startDate ?? null,
    reviewDate: mappa?.reviewDate ?? null,
    notes: mappa?.notes ?? null,
  };
}

function toCommunityOffenderManager(
  manager: DeliusCommunityManagerDto | null | undefined,
): CommunityOffenderManager {
  return {
    name: { forename: manager?.name?.forename ?? null, surname: manager?.name?.surname ?? null },
    email: manager?.email ?? null,
    telephoneNumber: manager?.telephoneNumber ?? null,
    team: {
      code: manager?.team?.code ?? null,
      description: manager?.team?.description ?? null,
      email: manager?.team?.email ?? null,
      telephoneNumber: manager?.team?.telephoneNumber ?? null,
    },
  };
}

export function toProbationCase(dto: DeliusSupervisionsDto): ProbationCase {
  const supervisions = dto.supervisions ?? [];
  return {
    sentences: supervisions.map(toSentence),
    offences: supervisions.flatMap(toOffences),
    mappaDetail: toMappaDetail(dto.mappaDetail),
    dynamicRisks: (dto.dynamicRisks ?? []).map(toRegistration),
    personStatus: (dto.personStatus ?? []).map(toRegistration),
    communityManager: toCommunityOffenderManager(dto.communityManager),
  };
}
