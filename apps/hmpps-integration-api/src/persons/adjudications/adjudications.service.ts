import { Injectable } from '@nestjs/common';
import { requireData, throwIfErrors } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { Adjudication } from '../../domain/adjudication';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { AdjudicationsGateway } from '../../upstream/adjudications/adjudications.gateway';
import { personNotFoundMessage } from '../person-lookup';

@Injectable()
export class AdjudicationsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly adjudications: AdjudicationsGateway,
  ) {}

  /** Reported adjudications of a prisoner held in a prison the consumer may see, most recent incident first. */
  async getReportedAdjudications(hmppsId: string, filters: ConsumerFilters): Promise<Adjudication[]> {
    const messages = {
      badRequest: `Invalid or missing HMPPS ID: ${hmppsId}`,
      notFound: personNotFoundMessage(hmppsId),
    };
    const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), messages);
    // The prison filter has found the prisoner, so the NOMIS number is known.
    const nomisNumber = person.identifiers.nomisNumber as string;
    const adjudications = await this.adjudications.getReportedAdjudications(nomisNumber);
    throwIfErrors(adjudications, messages);
    return adjudications.data;
  }
}
