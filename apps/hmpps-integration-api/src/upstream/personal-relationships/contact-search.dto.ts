import { readArray, readBoolean, readNumber, readObject, readString, type JsonObject } from '@libs/upstream';
import { UpstreamPage } from '../../common/pagination';
import { ContactLinkedPrisoner, ContactSearchResult } from '../../domain/contact-search';

function toContactSearchResult(item: JsonObject): ContactSearchResult {
  return {
    contactId: readNumber(item.id) ?? 0,
    lastName: readString(item.lastName),
    firstName: readString(item.firstName),
    middleNames: readString(item.middleNames),
    dateOfBirth: readString(item.dateOfBirth),
    flat: readString(item.flat),
    property: readString(item.property),
    street: readString(item.street),
    area: readString(item.area),
    cityCode: readString(item.cityCode),
    cityDescription: readString(item.cityDescription),
    // The reference copies cityCode here; the county's own code is what the field names.
    countyCode: readString(item.countyCode),
    countyDescription: readString(item.countyDescription),
    postCode: readString(item.postcode),
    countryCode: readString(item.countryCode),
    countryDescription: readString(item.countryDescription),
    mailAddress: readBoolean(item.mailAddress),
    startDate: readString(item.startDate),
    endDate: readString(item.endDate),
    noFixedAddress: readBoolean(item.noFixedAddress),
    comments: readString(item.comments),
  };
}

/**
 * Spring's `PagedModel` (`content`, and `page: {size, number, totalElements, totalPages}`) as the
 * page shape the rest of the app reads; `number` counts from 0.
 */
function fromPagedModel<T>(body: unknown, item: (entry: JsonObject) => T): UpstreamPage<T> {
  const model = readObject(body) ?? {};
  const page = readObject(model.page) ?? {};
  const content = readArray(model.content)
    .map(readObject)
    .filter((entry): entry is JsonObject => entry !== null)
    .map(item);
  const number = readNumber(page.number) ?? 0;
  const totalPages = readNumber(page.totalPages) ?? 0;
  return {
    content,
    number,
    size: readNumber(page.size) ?? content.length,
    totalElements: readNumber(page.totalElements) ?? content.length,
    totalPages,
    // A page past the end is as last as the end itself (the reference's `==` says it is not).
    last: number + 1 >= totalPages,
    numberOfElements: content.length,
  };
}

export function toContactSearchPage(body: unknown): UpstreamPage<ContactSearchResult> {
  return fromPagedModel(body, toContactSearchResult);
}

function toLinkedPrisoner(entry: JsonObject): ContactLinkedPrisoner {
  return {
    prisonerNumber: readString(entry.prisonerNumber),
    lastName: readString(entry.lastName),
    firstName: readString(entry.firstName),
    middleNames: readString(entry.middleNames),
    relationshipTypeCode: readString(entry.relationshipTypeCode),
    relationshipTypeDescription: readString(entry.relationshipTypeDescription),
    relationshipToPrisonerCode: readString(entry.relationshipToPrisonerCode),
    relationshipToPrisonerDescription: readString(entry.relationshipToPrisonerDescription),
    isRelationshipActive: readBoolean(entry.isRelationshipActive),
    prisonerContactId: readNumber(entry.prisonerContactId),
  };
}

export function toLinkedPrisonerPage(body: unknown): UpstreamPage<ContactLinkedPrisoner> {
  return fromPagedModel(body, toLinkedPrisoner);
}
