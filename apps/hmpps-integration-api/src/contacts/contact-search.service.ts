import { Injectable } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { badRequest, errorBody, requireData } from '../common/api-errors';
import { PaginatedResponse } from '../common/envelopes';
import { fromUpstreamPage } from '../common/pagination';
import { hasError, UpstreamApiErrorType } from '../common/upstream-api-error';
import { ContactSearchCriteria, ContactSearchResult } from '../domain/contact-search';
import { PersonalRelationshipsGateway } from '../upstream/personal-relationships/personal-relationships.gateway';

const DAY_MONTH_YEAR = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * A real calendar date written dd/mm/yyyy, as Personal Relationships takes it. The reference parses
 * leniently (31/99/2000 passes and fails upstream); here it is refused up front.
 */
function isDayMonthYear(value: string): boolean {
  const parts = DAY_MONTH_YEAR.exec(value);
  if (!parts) return false;
  const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

@Injectable()
export class ContactSearchService {
  constructor(private readonly relationships: PersonalRelationshipsGateway) {}

  /** One page (counted from 1) of the contacts matching the criteria. */
  async search(
    criteria: ContactSearchCriteria,
    page: number,
    perPage: number,
  ): Promise<PaginatedResponse<ContactSearchResult>> {
    const { firstName, middleNames, lastName, dateOfBirth } = criteria;
    if ([firstName, middleNames, lastName, dateOfBirth].every((value) => value === null)) {
      throw badRequest('No search criteria found');
    }
    if (dateOfBirth !== null && !isDayMonthYear(dateOfBirth)) {
      throw badRequest('dateOfBirth invalid format (should be dd/mm/yyyy)');
    }
    const result = await this.relationships.searchContacts(criteria, page - 1, perPage);
    // The reference's bare ValidationException: no user message.
    if (hasError(result, UpstreamApiErrorType.BAD_REQUEST)) {
      throw new ApiError(400, errorBody(400, null, 'Validation failure: null'));
    }
    const found = requireData(result, {});
    return fromUpstreamPage({ ...found, number: found.number + 1 }, (contact) => contact);
  }
}
