import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableInteger, NullableText } from '../common/optional-properties';

/**
 * What nDelius records about a probation case beyond its sentences (spec §5.4 #27, #28, #32, #33). Classes,
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
