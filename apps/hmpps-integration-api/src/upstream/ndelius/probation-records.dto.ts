import { at, JsonObject, readArray, readNumber, readObject, readString } from '@libs/upstream';
import { AccessLimitations, ContactEvent, ContactEventPage } from '../../domain/probation-records';
import { RequiredFields } from '../shared/required-fields';

const contactField = new RequiredFields('ndelius', 'contact event');

/** nDelius writes zoned times; consumers get them in UTC, as HEAD converts them. */
function utc(value: string): string {
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString().replace('.000Z', 'Z');
}

/** nDelius' contact (`/case/{crn}/contacts/{id}`), flattened to HEAD's `ContactEvent`. */
export function toContactEvent(dto: JsonObject): ContactEvent {
  const officer = contactField.object(dto, 'officer');
  const team = contactField.object(officer, 'team');
  const pdu = contactField.object(team, 'pdu');
  const provider = contactField.object(pdu, 'provider');
  const name = contactField.object(officer, 'name');
  return {
    contactEventIdentifier: contactField.number(dto, 'id'),
    offenderHmppsId: contactField.string(dto, 'crn'),
    creationDateTime: utc(contactField.string(dto, 'createdAt')),
    updateDateTime: utc(contactField.string(dto, 'updatedAt')),
    contactDateTime: utc(contactField.string(dto, 'contactDate')),
    contactType: contactField.string(contactField.object(dto, 'type'), 'description'),
    outcome: readString(at(dto, 'outcome', 'description')),
    location: readString(at(dto, 'location', 'description')),
    area: contactField.string(provider, 'description'),
    pdu: contactField.string(pdu, 'description'),
    teamId: contactField.string(team, 'code'),
    teamName: contactField.string(team, 'description'),
    officerId: contactField.string(officer, 'code'),
    officerName: `${contactField.string(name, 'forename')} ${contactField.string(name, 'surname')}`,
    description: contactField.string(dto, 'description'),
    notes: readString(dto.notes),
  };
}

/** A page of contacts: `{ totalResults, totalPages, content }`. */
export function toContactEventPage(dto: JsonObject): ContactEventPage {
  return {
    content: readArray(dto.content).map((item) => toContactEvent(readObject(item) ?? {})),
    totalResults: readNumber(dto.totalResults) ?? 0,
    totalPages: readNumber(dto.totalPages) ?? 0,
  };
}

function emails(value: unknown): { email: string }[] {
  return readArray(value).flatMap((entry) => {
    const email = readString(at(entry, 'email'));
    return email === null ? [] : [{ email }];
  });
}

/** `/case/{crn}/access-limitations`: the users excluded from and restricted to a case. */
export function toAccessLimitations(dto: JsonObject): AccessLimitations {
  return {
    excludedFrom: emails(dto.excludedFrom),
    exclusionMessage: readString(dto.exclusionMessage),
    restrictedTo: emails(dto.restrictedTo),
    restrictionMessage: readString(dto.restrictionMessage),
  };
}
