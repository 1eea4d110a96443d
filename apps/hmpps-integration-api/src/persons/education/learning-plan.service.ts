import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ServiceResult } from '../../common/upstream-api-error';
import { InductionSchedule, ReviewSchedule } from '../../domain/learning-plan';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PlpGateway } from '../../upstream/plp/plp.gateway';

/**
 * The PLP operations: no prison filter. The reference answered an invalid id with
 * 200 and an empty object; here it is the 400 every other operation gives (fidelity policy).
 */
@Injectable()
export class LearningPlanService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly plp: PlpGateway,
  ) {}

  getInductionSchedule(hmppsId: string): Promise<InductionSchedule> {
    return this.forPerson(hmppsId, (nomisNumber) => this.plp.getInductionSchedule(nomisNumber));
  }

  getInductionScheduleHistory(hmppsId: string): Promise<InductionSchedule[]> {
    return this.forPerson(hmppsId, (nomisNumber) => this.plp.getInductionScheduleHistory(nomisNumber));
  }

  /** `statuses` keeps only schedules whose status is exactly one of them; none given keeps all. */
  async getReviewSchedules(hmppsId: string, statuses: string[]): Promise<ReviewSchedule[]> {
    const schedules = await this.forPerson(hmppsId, (nomisNumber) =>
      this.plp.getReviewSchedules(nomisNumber),
    );
    return statuses.length === 0
      ? schedules
      : schedules.filter((schedule) => schedule.status !== null && statuses.includes(schedule.status));
  }

  private async forPerson<T>(
    hmppsId: string,
    call: (nomisNumber: string) => Promise<ServiceResult<T | null>>,
  ): Promise<T> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    const nomisNumber = requireData(await this.identity.getNomisNumber(hmppsId), messages);
    return requireData(await call(nomisNumber), messages);
  }
}
