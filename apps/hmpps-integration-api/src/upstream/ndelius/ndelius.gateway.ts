import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { ReferenceDataCategories } from '../../domain/reference-data';
import { Gateway, segment } from '../shared/gateway';
import { CaseAccess, UserAccessDto } from './case-access.dto';
import { UpstreamClients } from '../shared/upstream-clients';
import { DeliusSupervisionsDto, ProbationCase, toProbationCase } from './supervisions.dto';

interface ProbationReferenceDataDto {
  probationReferenceData?: ReferenceDataCategories | null;
}

/** nDelius external API (`external-api-and-delius`). */
@Injectable()
export class NDeliusGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'ndelius', 'ndelius', UpstreamApi.NDELIUS);
  }

  async getReferenceData(): Promise<ServiceResult<ReferenceDataCategories | null>> {
    const result = await this.get<ProbationReferenceDataDto>('/reference-data');
    return { data: result.data?.probationReferenceData ?? null, errors: result.errors };
  }

  /** A probation case's supervisions, registrations (dynamic risks, statuses, MAPPA) and community manager. */
  async getProbationCase(crn: string): Promise<ServiceResult<ProbationCase | null>> {
    const result = await this.get<DeliusSupervisionsDto>(`/case/${segment(crn)}/supervisions`);
    return { data: result.data ? toProbationCase(result.data) : null, errors: result.errors };
  }

  /** Whether a case is a limited access case (LAO): excluded or restricted, as nDelius decides. */
  async getCaseAccess(crn: string): Promise<ServiceResult<CaseAccess | null>> {
    const result = await this.search<UserAccessDto>('/probation-cases/access', { crns: [crn] });
    return { data: result.data?.access?.find((access) => access.crn === crn) ?? null, errors: result.errors };
  }
}
