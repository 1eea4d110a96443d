import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { success } from '../../common/upstream-api-error';
import { Offence } from '../../domain/offence';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
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
   * once. Unlike sentences, a 404 from either side makes the whole answer a 404 (spec §1.6).
   */
  async getOffences(hmppsId: string): Promise<Offence[]> {
    const notFound = personNotFoundMessage(hmppsId);
    const person = await lookupPersonOrFail(this.identity, hmppsId, notFound);
    const { nomisNumber, deliusCrn } = person.identifiers;
    const [nomis, probationCase] = await Promise.all([
      nomisNumber ? this.prisonApi.getOffenceHistory(nomisNumber) : success<Offence[]>([]),
      deliusCrn ? this.ndelius.getProbationCase(deliusCrn) : success(null),
    ]);
    throwIfErrors({ errors: [...nomis.errors, ...probationCase.errors] }, { notFound });
    return [...nomis.data, ...(probationCase.data?.offences ?? [])];
  }
}
