import { readArray, readBoolean, readNumber, readObject, readString, type JsonObject } from '@libs/upstream';
import { AddressSearchCriteria, CodeAndDescription, PersonAddressMatch } from '../../domain/address-search';

/** The body Probation Offender Search's address search takes: every criterion, blank when not given. */
export function addressSearchBody(criteria: AddressSearchCriteria): Record<string, string> {
  return {
    buildingName: criteria.buildingName ?? '',
    addressNumber: criteria.addressNumber ?? '',
    streetName: criteria.streetName ?? '',
    postcode: criteria.postcode ?? '',
  };
}

function codeAndDescription(value: unknown): CodeAndDescription | null {
  const object = readObject(value);
  return object ? { code: readString(object.code), description: readString(object.description) } : null;
}

function toMatch(entry: JsonObject): PersonAddressMatch {
  const person = readObject(entry.person) ?? {};
  const address = readObject(entry.address) ?? {};
  return {
    hmppsId: readString(person.crn),
    address: {
      buildingName: readString(address.buildingName),
      addressNumber: readString(address.addressNumber),
      streetName: readString(address.streetName),
      // The reference copies streetName here; the district is what the field names.
      district: readString(address.district),
      town: readString(address.town),
      county: readString(address.county),
      postcode: readString(address.postcode),
      endDate: null,
      startDate: readString(address.startDate),
      status: codeAndDescription(address.status),
      type: codeAndDescription(address.type),
      noFixedAbode: readBoolean(address.noFixedAbode),
    },
    matchScore: readNumber(entry.matchScore),
  };
}

/** `{ personAddresses: [{ person, address, matchScore }] }`. */
export function toAddressMatches(body: unknown): PersonAddressMatch[] {
  return readArray(readObject(body)?.personAddresses)
    .map(readObject)
    .filter((entry): entry is JsonObject => entry !== null)
    .map(toMatch);
}
