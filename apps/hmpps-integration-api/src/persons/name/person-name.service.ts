import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { PersonIdentityService } from '../../identity/person-identity.service';

export interface PersonName {
  firstName: string | null;
  lastName: string | null;
}

@Injectable()
export class PersonNameService {
  constructor(private readonly identity: PersonIdentityService) {}

  async getName(hmppsId: string, filters: ConsumerFilters): Promise<PersonName> {
    const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    });
    return { firstName: person.firstName, lastName: person.lastName };
  }
}
