import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { Licence, LicenceSummary, PersonLicences } from '../../domain/licence';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { CreateAndVaryLicenceGateway } from '../../upstream/create-and-vary-licence/create-and-vary-licence.gateway';
import { lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

/** CVL only has conditions for licences with a numeric id. */
const NUMERIC_ID = /^\d+$/;

@Injectable()
export class LicencesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly cvl: CreateAndVaryLicenceGateway,
  ) {}

  /**
   * The person's licences (most recently created first), each with its conditions; the conditions of
   * every licence are fetched at once. Someone probation does not know has no licences.
   */
  async getLicenceConditions(hmppsId: string): Promise<PersonLicences> {
    const notFound = personNotFoundMessage(hmppsId);
    const person = await lookupPersonOrFail(this.identity, hmppsId, notFound);
    const crn = person.identifiers.deliusCrn;
    if (!crn) return { hmppsId, offenderNumber: null, licences: [] };
    const summaries = await this.cvl.getLicenceSummaries(crn);
    throwIfErrors(summaries, { notFound });
    const licences = await Promise.all(summaries.data.map((summary) => this.withConditions(summary)));
    return { hmppsId, offenderNumber: summaries.data[0]?.offenderNumber ?? null, licences };
  }

  /** A licence CVL has just listed must have its details: any error there fails the request. */
  private async withConditions({ id, offenderNumber: _, ...licence }: LicenceSummary): Promise<Licence> {
    if (!NUMERIC_ID.test(id)) return { ...licence, conditions: [] };
    const conditions = await this.cvl.getLicenceConditions(Number(id));
    throwIfErrors(conditions, {});
    return { ...licence, conditions: conditions.data };
  }
}
