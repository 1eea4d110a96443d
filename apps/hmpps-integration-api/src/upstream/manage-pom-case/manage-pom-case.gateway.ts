import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { PrisonOffenderManager } from '../../domain/probation-case';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { AllocationPrimaryPomDto, toPrisonOffenderManager } from './manage-pom-case.dto';

/** Manage POM Case (prison offender managers). */
@Injectable()
export class ManagePomCaseGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'managePomCase', 'manage-pom-case', UpstreamApi.MANAGE_POM_CASE);
  }

  /** The prisoner's primary prison offender manager. */
  async getPrimaryPom(nomisNumber: string): Promise<ServiceResult<PrisonOffenderManager | null>> {
    const result = await this.get<AllocationPrimaryPomDto>(
      `/api/allocation/${segment(nomisNumber)}/primary_pom`,
    );
    return { data: result.data ? toPrisonOffenderManager(result.data) : null, errors: result.errors };
  }
}
