import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The prison estate as consumers see it (HEAD's `Location`, `ResidentialDetails`, `ResidentialHierarchyItem`,
 * `PrisonCapacity`): classes, so that the OpenAPI document is generated from the same types the API answers.
 */

export class LocationCapacity {
  @ApiProperty({ description: 'Max capacity of the location', example: 2 })
  maxCapacity!: number;

  @ApiProperty({ description: 'Working capacity of the location', example: 2 })
  workingCapacity!: number;
}

export class LocationCertification {
  @ApiProperty({ description: 'Whether the location is certified for use as a residential location' })
  certified!: boolean;

  @ApiProperty({ description: 'The certified capacity of the cell', example: 1 })
  capacityOfCertifiedCell!: number;
}

export class LocationUsageItem {
  @ApiProperty({ description: 'Usage type', example: 'ADJUDICATION_HEARING' })
  usageType!: string;

  @ApiProperty({ type: Number, nullable: true })
  capacity!: number | null;

  @ApiProperty({ example: 1 })
  sequence!: number;
}

const text = (description: string, example?: string) =>
  ApiProperty({ type: String, nullable: true, description, example });
const texts = (description: string) => ApiProperty({ type: [String], nullable: true, description });

export class Location {
  @ApiProperty({ description: 'Business key of the location', example: 'MDI-A-1-001' })
  key!: string;

  @ApiProperty({ description: 'Location code', example: '001' })
  code!: string;

  @ApiProperty({ description: 'Full path of the location within the prison', example: 'A-1-001' })
  pathHierarchy!: string;

  @ApiProperty({ description: 'Location type', example: 'CELL' })
  locationType!: string;

  @text('Name shown for the location (not cells)', 'Wing A')
  localName!: string | null;

  @text('Comments about the location')
  comments!: string | null;

  @ApiProperty({ type: LocationCapacity, nullable: true })
  capacity!: LocationCapacity | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Working capacity before the cell was deactivated' })
  oldWorkingCapacity!: number | null;

  @ApiProperty({ type: LocationCertification, nullable: true })
  certification!: LocationCertification | null;

  @ApiProperty({ type: [LocationUsageItem], nullable: true, description: 'Non-residential usage' })
  usage!: LocationUsageItem[] | null;

  @texts('Accommodation types, e.g. NORMAL_ACCOMMODATION')
  accommodationTypes!: string[] | null;

  @texts('Specialist cell types, e.g. ACCESSIBLE_CELL')
  specialistCellTypes!: string[] | null;

  @texts('What the location is used for, e.g. STANDARD_ACCOMMODATION')
  usedFor!: string[] | null;

  @text('Status: ACTIVE, INACTIVE, NON_RESIDENTIAL or ARCHIVED', 'ACTIVE')
  status!: string | null;

  @text('Converted cell type, e.g. OFFICE')
  convertedCellType!: string | null;

  @text('Converted cell type when OTHER')
  otherConvertedCellType!: string | null;

  @ApiProperty({ description: 'Whether the location is in use' })
  active!: boolean;

  @ApiProperty({ description: 'Whether the location is inactive because a parent is deactivated' })
  deactivatedByParent!: boolean;

  @text('When the location was deactivated', '2023-01-23T12:23:00')
  deactivatedDate!: string | null;

  @text('Why the location was deactivated, e.g. DAMAGED')
  deactivatedReason!: string | null;

  @text('Free text for the OTHER deactivation reason')
  deactivationReasonDescription!: string | null;

  @text('Username of whoever deactivated the location')
  deactivatedBy!: string | null;

  @text('Estimated reactivation date', '2026-01-24')
  proposedReactivationDate!: string | null;

  @text('External (Planet FM) reference')
  externalReference!: string | null;

  @ApiProperty({ description: 'Level within the hierarchy, from 1 (e.g. a wing)', example: 1 })
  level!: number;

  @text('Business key of the parent location')
  parentLocationKey!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Inactive cells below this location' })
  inactiveCells!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Cells and rooms below this location' })
  numberOfCellLocations!: number | null;

  @ApiProperty({ description: 'Whether the location is residential' })
  isResidential!: boolean;
}

export class ResidentialDetails {
  @ApiProperty({ description: 'The type of the top level locations', example: 'Wings' })
  topLevelLocationType!: string;

  @text('The most common type of the sub-locations', 'Landings')
  subLocationName!: string | null;

  @ApiProperty({ type: Location, nullable: true, description: 'The parent location (e.g. a wing or landing)' })
  parentLocation!: Location | null;

  @ApiProperty({ type: [Location], description: 'The residential locations under the parent' })
  subLocations!: Location[];
}

export class ResidentialHierarchyItem {
  @ApiProperty({ description: 'Location id', example: '2475f250-434a-4257-afe7-b911f1773a4d' })
  locationId!: string;

  @ApiProperty({ example: 'CELL' })
  locationType!: string;

  @ApiProperty({ example: '001' })
  locationCode!: string;

  @ApiProperty({ description: 'Full path of the location within the prison', example: 'A-1-001' })
  fullLocationPath!: string;

  @text('Name shown for the location (not cells)', 'Wing A')
  localName!: string | null;

  @ApiProperty({ description: 'Level within the hierarchy, from 1 (e.g. a wing)', example: 1 })
  level!: number;

  @ApiProperty({ type: () => [ResidentialHierarchyItem], nullable: true })
  subLocations!: ResidentialHierarchyItem[] | null;
}

export class PrisonCapacity {
  @ApiProperty({ example: 1000 })
  maxCapacity!: number;

  @ApiProperty({ description: 'Signed operational capacity', example: 1000 })
  signedCapacity!: number;

  @ApiProperty({ example: 1000 })
  workingCapacity!: number;
}

/** What Locations Inside Prison adds to a location that the deactivation checks need. */
export interface LocationRecord {
  id: string;
  location: Location;
}

/** The residential summary of a prison: details for one operation, capacity for another. */
export interface ResidentialSummary {
  details: ResidentialDetails;
  capacity: PrisonCapacity | null;
}

export const LAST_MOVEMENT_TYPES = ['Admission', 'Release', 'Transfers', 'Court', 'Temporary Absence'] as const;

/** HEAD leaves out the keys it has no value for (NON_NULL), so every field is optional. */
export class PrisonerBaseLocation {
  @ApiPropertyOptional({ description: 'Whether the prisoner is in prison' })
  inPrison?: boolean;

  @ApiPropertyOptional({ example: 'MDI' })
  prisonId?: string;

  @ApiPropertyOptional({ description: 'The last prison (the current one while in prison)', example: 'MDI' })
  lastPrisonId?: string;

  @ApiPropertyOptional({ enum: LAST_MOVEMENT_TYPES, example: 'Admission' })
  lastMovementType?: (typeof LAST_MOVEMENT_TYPES)[number];

  @ApiPropertyOptional({ format: 'date', example: '2025-04-01' })
  receptionDate?: string;
}
