import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../common/api-errors';
import { CaseDetail } from '../domain/case-detail';
import { EffectiveProposalFrameworkGateway } from '../upstream/effective-proposal-framework/effective-proposal-framework.gateway';

/** nDelius answers 404 for a wrong CRN or event and for LAO cases alike, so the message covers both. */
const CASE_DETAILS_NOT_FOUND =
  "The case details for this person cannot be retrieved. Please ensure the CRN and event number are correct and If the person has Limited Access Only (LAO) applied to their NDelius record, then it will not be possible to retrieve their details. In such circumstances, please enter the person's details manually";

@Injectable()
export class EpfService {
  constructor(private readonly epf: EffectiveProposalFrameworkGateway) {}

  /** The id is used as the CRN as it is, without looking the person up. */
  async getCaseDetail(hmppsId: string, eventNumber: number): Promise<CaseDetail | null> {
    const detail = await this.epf.getCaseDetail(hmppsId, eventNumber);
    throwIfErrors(detail, { notFound: CASE_DETAILS_NOT_FOUND });
    return detail.data;
  }
}
