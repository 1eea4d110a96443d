import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableInteger, NullableText } from '../common/optional-properties';
import { Offence } from './offence';
import { Sentence } from './sentence';

/**
 * What nDelius records about a probation case beyond its sentences. Classes,
 * so that the same declarations are the OpenAPI schemas.
 */
export class MappaDetail {
  @NullableInteger()
  level!: number | null;

  @NullableText()
  levelDescription!: string | null;

  @NullableInteger()
  category!: number | null;

  @NullableText()
  categoryDescription!: string | null;

  @NullableText()
  startDate!: string | null;

  @NullableText()
  reviewDate!: string | null;

  @NullableText()
  notes!: string | null;
}

/** A dynamic risk (registration) or a person status: both have this shape. */
export class Registration {
  @NullableText()
  code!: string | null;

  @NullableText()
  description!: string | null;

  @NullableText()
  startDate!: string | null;

  @NullableText()
  reviewDate!: string | null;

  @NullableText()
  notes!: string | null;
}

export type DynamicRisk = Registration;
export type StatusInformation = Registration;

export class OffenderManagerName {
  @NullableText()
  forename!: string | null;

  @NullableText()
  surname!: string | null;
}

export class OffenderManagerTeam {
  @NullableText()
  code!: string | null;

  @NullableText()
  description!: string | null;

  @NullableText()
  email!: string | null;

  @NullableText()
  telephoneNumber!: string | null;
}

export class CommunityOffenderManager {
  @ApiPropertyOptional({ type: OffenderManagerName })
  name!: OffenderManagerName;

  @NullableText()
  email!: string | null;

  @NullableText()
  telephoneNumber!: string | null;

  @ApiPropertyOptional({ type: OffenderManagerTeam })
  team!: OffenderManagerTeam;
}

export class OffenderManagerPrison {
  @NullableText()
  code!: string | null;
}

export class PrisonOffenderManager {
  @NullableText()
  forename!: string | null;

  @NullableText()
  surname!: string | null;

  @ApiPropertyOptional({ type: OffenderManagerPrison })
  prison!: OffenderManagerPrison;
}

export class PersonResponsibleOfficer {
  @ApiPropertyOptional({ type: PrisonOffenderManager })
  prisonOffenderManager!: PrisonOffenderManager;

  @ApiPropertyOptional({ type: CommunityOffenderManager })
  communityOffenderManager!: CommunityOffenderManager;
}

/** A probation case as nDelius' supervisions answer gives it; absent lists are empty ones. */
export interface ProbationCase {
  sentences: Sentence[];
  offences: Offence[];
  mappaDetail: MappaDetail;
  dynamicRisks: Registration[];
  personStatus: Registration[];
  communityManager: CommunityOffenderManager;
}

/** MAPPA of someone probation records nothing for: every field present and null. */
export function noMappaDetail(): MappaDetail {
  return {
    level: null,
    levelDescription: null,
    category: null,
    categoryDescription: null,
    startDate: null,
    reviewDate: null,
    notes: null,
  };
}

/** The community offender manager of someone without one: every field present and null. */
export function noCommunityOffenderManager(): CommunityOffenderManager {
  return {
    name: { forename: null, surname: null },
    email: null,
    telephoneNumber: null,
    team: { code: null, description: null, email: null, telephoneNumber: null },
  };
}

/** The prison offender manager of someone without one: every field present and null. */
export function noPrisonOffenderManager(): PrisonOffenderManager {
  return { forename: null, surname: null, prison: { code: null } };
}
