import {
  JsonObject,
  readArray,
  readBoolean,
  readNumber,
  readObject,
  readString,
  UpstreamMalformedResponseError,
} from '@libs/upstream';
import {
  Location,
  LocationRecord,
  LocationUsageItem,
  PrisonCapacity,
  ResidentialHierarchyItem,
  ResidentialSummary,
} from '../../domain/location';

export const LOCATIONS_INSIDE_PRISON = 'locations-inside-prison';

/**
 * Locations Inside Prison promises these fields; a body without one cannot be answered truthfully, so it is
 * treated as a malformed answer (a 5xx naming the upstream) rather than filled with an invented value.
 */
function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new UpstreamMalformedResponseError(
      LOCATIONS_INSIDE_PRISON,
      `${LOCATIONS_INSIDE_PRISON} answered without ${field}`,
    );
  }
  return value;
}

/** `field` may be dotted (`capacity.maxCapacity`) to name where it sits; its last part is the key read. */
const key = (field: string) => field.slice(field.lastIndexOf('.') + 1);
const requiredString = (body: JsonObject, field: string) => required(readString(body[key(field)]), field);
const requiredNumber = (body: JsonObject, field: string) => required(readNumber(body[key(field)]), field);
const requiredBoolean = (body: JsonObject, field: string) => required(readBoolean(body[key(field)]), field);

function strings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map(readString).filter((item): item is string => item !== null);
}

function objects(value: unknown): JsonObject[] {
  return readArray(value)
    .map(readObject)
    .filter((item): item is JsonObject => item !== null);
}

function toUsage(item: JsonObject): LocationUsageItem {
  return {
    usageType: requiredString(item, 'usage.usageType'),
    capacity: readNumber(item.capacity),
    sequence: requiredNumber(item, 'usage.sequence'),
  };
}

/** A `Location` of the API, as consumers see it (the Planet FM reference is the external reference). */
export function toLocation(body: JsonObject): Location {
  const capacity = readObject(body.capacity);
  const certification = readObject(body.certification);
  return {
    key: requiredString(body, 'key'),
    code: requiredString(body, 'code'),
    pathHierarchy: requiredString(body, 'pathHierarchy'),
    locationType: requiredString(body, 'locationType'),
    localName: readString(body.localName),
    comments: readString(body.comments),
    capacity: capacity
      ? {
          maxCapacity: requiredNumber(capacity, 'capacity.maxCapacity'),
          workingCapacity: requiredNumber(capacity, 'capacity.workingCapacity'),
        }
      : null,
    oldWorkingCapacity: readNumber(body.oldWorkingCapacity),
    certification: certification
      ? {
          certified: requiredBoolean(certification, 'certification.certified'),
          capacityOfCertifiedCell: requiredNumber(certification, 'certification.capacityOfCertifiedCell'),
        }
      : null,
    usage: Array.isArray(body.usage) ? objects(body.usage).map(toUsage) : null,
    accommodationTypes: strings(body.accommodationTypes),
    specialistCellTypes: strings(body.specialistCellTypes),
    usedFor: strings(body.usedFor),
    status: readString(body.status),
    convertedCellType: readString(body.convertedCellType),
    otherConvertedCellType: readString(body.otherConvertedCellType),
    active: requiredBoolean(body, 'active'),
    deactivatedByParent: requiredBoolean(body, 'deactivatedByParent'),
    deactivatedDate: readString(body.deactivatedDate),
    deactivatedReason: readString(body.deactivatedReason),
    deactivationReasonDescription: readString(body.deactivationReasonDescription),
    deactivatedBy: readString(body.deactivatedBy),
    proposedReactivationDate: readString(body.proposedReactivationDate),
    externalReference: readString(body.planetFmReference),
    level: requiredNumber(body, 'level'),
    parentLocationKey: readString(readObject(body.parentLocation)?.key),
    inactiveCells: readNumber(body.inactiveCells),
    numberOfCellLocations: readNumber(body.numberOfCellLocations),
    isResidential: requiredBoolean(body, 'isResidential'),
  };
}

export function toLocationRecord(body: JsonObject): LocationRecord {
  return { id: requiredString(body, 'id'), location: toLocation(body) };
}

export function toResidentialHierarchyItem(body: JsonObject): ResidentialHierarchyItem {
  return {
    locationId: requiredString(body, 'locationId'),
    locationType: requiredString(body, 'locationType'),
    locationCode: requiredString(body, 'locationCode'),
    fullLocationPath: requiredString(body, 'fullLocationPath'),
    localName: readString(body.localName),
    level: requiredNumber(body, 'level'),
    subLocations: Array.isArray(body.subLocations)
      ? objects(body.subLocations).map(toResidentialHierarchyItem)
      : null,
  };
}

function toPrisonCapacity(summary: JsonObject): PrisonCapacity {
  return {
    maxCapacity: requiredNumber(summary, 'prisonSummary.maxCapacity'),
    signedCapacity: requiredNumber(summary, 'prisonSummary.signedOperationalCapacity'),
    workingCapacity: requiredNumber(summary, 'prisonSummary.workingCapacity'),
  };
}

/** `GET /locations/residential-summary/{prisonId}`: the prison summary comes only at the top level. */
export function toResidentialSummary(body: JsonObject): ResidentialSummary {
  const parent = readObject(body.parentLocation);
  const prisonSummary = readObject(body.prisonSummary);
  return {
    details: {
      topLevelLocationType: requiredString(body, 'topLevelLocationType'),
      subLocationName: readString(body.subLocationName),
      parentLocation: parent ? toLocation(parent) : null,
      subLocations: objects(body.subLocations).map(toLocation),
    },
    capacity: prisonSummary ? toPrisonCapacity(prisonSummary) : null,
  };
}
