import { Injectable } from '@nestjs/common';
import { forbiddenByUpstream, requireData, throwIfErrors } from '../../common/api-errors';
import { NameSearch } from '../../common/name-search.query';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { byDateOfBirthDescending, PersonInPrison } from '../../domain/person';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';

@Injectable()
export class PrisonersService {
  constructor(
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
    private readonly identity: PersonIdentityService,
  ) {}

  /**
   * Prisoners matching the names, limited to the consumer's prisons, newest date of birth first. A
   * consumer allowed no prison at all is refused outright: the one filter outcome that is a 403 (the reference's ADR 0013).
   */
  async search(query: NameSearch, filters: ConsumerFilters): Promise<PersonInPrison[]> {
    if (filters.prisons !== null && filters.prisons.length === 0) {
      throw forbiddenByUpstream('Consumer configured with no access to any prisons: []');
    }
    const criteria = {
      firstName: query.firstName,
      lastName: query.lastName,
      dateOfBirth: query.dateOfBirth,
      includeAliases: query.searchWithinAliases,
    };
    const prisoners =
      filters.prisons === null
        ? await this.prisonerSearch.globalSearch(criteria)
        : await this.prisonerSearch.searchInPrisons(criteria, filters.prisons);
    throwIfErrors(prisoners, { notFound: 'Could not find prisoners with supplied query parameters.' });
    return prisoners.data.map((prisoner) => prisoner.inPrison).sort(byDateOfBirthDescending);
  }

  async getPrisoner(hmppsId: string, filters: ConsumerFilters): Promise<PersonInPrison> {
    const prisoner = requireData(await this.identity.getPrisoner(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with hmppsId: ${hmppsId}`,
    });
    return prisoner.inPrison;
  }
}
