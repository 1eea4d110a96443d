import { Injectable } from '@nestjs/common';
import { notFound, requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { AccessLimitations, AssessmentSummary, CourtCasesSummary } from '../../domain/probation-records';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { AssessRisksAndNeedsGateway } from '../../upstream/assess-risks-and-needs/assess-risks-and-needs.gateway';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { RemandAndSentencingGateway } from '../../upstream/remand-and-sentencing/remand-and-sentencing.gateway';

/** HEAD's fixed answer while `use-stubbed-assessment-summary` is on (for consumers testing against it). */
export const STUBBED_ASSESSMENT_SUMMARY: AssessmentSummary = {
  initiationDate: '2026-01-05T11:28:32',
  completedDate: '2026-02-22T15:09:03',
  assessmentType: 'Stubbed Assessment Type',
  status: 'Stubbed Assessment Status',
  assessorName: 'Stubbed Assessor Name',
  countersignerName: 'Stubbed Countersigner Name',
};

/**
 * Probation case records: access limitations (nDelius), the latest assessment (ARN) and the court case
 * summary (Remand and Sentencing). Where HEAD answers an upstream refusal with a 200 holding null data,
 * these answer the documented 404 or 403 (fidelity policy).
 */
@Injectable()
export class ProbationRecordsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly ndelius: NDeliusGateway,
    private readonly arn: AssessRisksAndNeedsGateway,
    private readonly remandAndSentencing: RemandAndSentencingGateway,
  ) {}

  /** HEAD asks nDelius with the id as given (a CRN), without resolving the person first. */
  async getAccessLimitations(hmppsId: string): Promise<AccessLimitations> {
    return requireData(await this.ndelius.getAccessLimitations(hmppsId), {
      notFound: `Could not find person with id: ${hmppsId}`,
    });
  }

  async getAssessmentSummary(hmppsId: string, stubbed: boolean): Promise<AssessmentSummary> {
    const message = `Could not find an assessment summary for person with id: ${hmppsId}`;
    const person = await this.identity.lookupPerson(hmppsId);
    const crn = person.data?.identifiers.deliusCrn;
    if (!crn) throw notFound(message);
    if (stubbed) return STUBBED_ASSESSMENT_SUMMARY;
    const result = await this.arn.getAssessmentSummary(crn);
    const noneCompleted = result.errors.length === 0 && result.data === null;
    if (noneCompleted) throw notFound('No assessment summary found');
    return requireData(result, {
      notFound: message,
      forbidden: `The assessment summary of person with id ${hmppsId} may not be accessed`,
    });
  }

  async getCourtCasesSummary(hmppsId: string, filters: ConsumerFilters): Promise<CourtCasesSummary> {
    // HEAD's messages: the bare id for not found, a fixed sentence for a bad id.
    const messages = { notFound: hmppsId, badRequest: 'Invalid hmppsId.' };
    const nomisNumber = requireData(await this.identity.getNomisNumberWithFilters(hmppsId, filters), messages);
    return requireData(await this.remandAndSentencing.getCourtCasesSummary(nomisNumber), messages);
  }
}
