import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { success } from '../../common/upstream-api-error';
import { Offence } from '../../domain/offence';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { requestFilters } from '../../consumers/authorised-consumer';
import { canAccessPrisons, canAccessProbation } from '../../consumers/consumer-filters';
import { requireData } from '../../common/api-errors';
import { lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

@Injectable()
export class OffencesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
    private readonly ndelius: NDeliusGateway,
  ) {}

  /**
   * NOMIS offences (newest first) then nDelius main and additional offences in nDelius' order, fetched at
   * once. Unlike sentences, a 404 from either side makes the whole answer a 404.
   *
   * As the reference does since the seed era: a consumer limited to some prisons gets the NOMIS offences
   * of a prisoner held in one of them only, and one limited to some supervision statuses only the sides
   * (prison, probation) it may see.
   */
  async getOffences(hmppsId: string): Promise<Offence[]> {
    const notFound = personNotFoundMessage(hmppsId);
    const filters = requestFilters();
    if (filters.prisons !== null) {
      const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), {
        badRequest: `Invalid HMPPS ID: ${hmppsId}`,
        notFound,
      });
      const offences = await this.prisonApi.getOffenceHistory(person.identifiers.nomisNumber!);
      throwIfErrors(offences, { notFound });
      return offences.data;
    }
    const person = await lookupPersonOrFail(this.identity, hmppsId, notFound);
    const nomisNumber = canAccessPrisons(filters) ? person.identifiers.nomisNumber : null;
    const deliusCrn = canAccessProbation(filters) ? person.identifiers.deliusCrn : null;
    const [nomis, probationCase] = await Promise.all([
      nomisNumber ? this.prisonApi.getOffenceHistory(nomisNumber) : success<Offence[]>([]),
      deliusCrn ? this.ndelius.getProbationCase(deliusCrn) : success(null),
    ]);
    throwIfErrors({ errors: [...nomis.errors, ...probationCase.errors] }, { notFound });
    return [...nomis.data, ...(probationCase.data?.offences ?? [])];
  }
}
