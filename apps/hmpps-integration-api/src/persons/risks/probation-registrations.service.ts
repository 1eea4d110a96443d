import { Injectable } from '@nestjs/common';
import { notFound, throwIfErrors } from '../../common/api-errors';
import {
  DynamicRisk,
  MappaDetail,
  noMappaDetail,
  ProbationCase,
  StatusInformation,
} from '../../domain/probation-case';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

/** The only person statuses published: serious further offence review and warrant/summons. */
const PUBLISHED_STATUS_CODES = new Set(['ASFO', 'WRSM']);

/**
 * What nDelius has registered against a probation case (MAPPA, dynamic risks, statuses), found by the
 * person's CRN. Someone probation does not know has nothing registered.
 */
@Injectable()
export class ProbationRegistrationsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly ndelius: NDeliusGateway,
  ) {}

  /** MAPPA with nothing recorded is not found; without a CRN every field is null. */
  async getMappaDetail(hmppsId: string): Promise<MappaDetail> {
    const probationCase = await this.probationCase(hmppsId);
    if (!probationCase) return noMappaDetail();
    const mappa = probationCase.mappaDetail;
    if (Object.values(mappa).every((value) => value === null)) throw notFound(personNotFoundMessage(hmppsId));
    return mappa;
  }

  /** In nDelius' order. */
  async getDynamicRisks(hmppsId: string): Promise<DynamicRisk[]> {
    return (await this.probationCase(hmppsId))?.dynamicRisks ?? [];
  }

  async getStatusInformation(hmppsId: string): Promise<StatusInformation[]> {
    const statuses = (await this.probationCase(hmppsId))?.personStatus ?? [];
    return statuses.filter((status) => status.code !== null && PUBLISHED_STATUS_CODES.has(status.code));
  }

  private async probationCase(hmppsId: string): Promise<ProbationCase | null> {
    const message = personNotFoundMessage(hmppsId);
    const person = await lookupPersonOrFail(this.identity, hmppsId, message);
    const crn = person.identifiers.deliusCrn;
    if (!crn) return null;
    const probationCase = await this.ndelius.getProbationCase(crn);
    throwIfErrors(probationCase, { notFound: message });
    return probationCase.data;
  }
}
