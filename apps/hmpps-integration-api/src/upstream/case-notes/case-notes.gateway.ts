import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { CaseNote } from '../../domain/case-note';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { CaseNotePageDto, toCaseNote } from './case-notes.dto';

/** Filters of a case-note search; dates are calendar days, sent as the start of that day. */
export interface CaseNoteFilter {
  startDate?: string;
  endDate?: string;
  locationId?: string;
}

/** Offender Case Notes. */
@Injectable()
export class CaseNotesGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'caseNotes', 'case-notes', UpstreamApi.CASE_NOTES);
  }

  /**
   * The first page (upstream default size) of the prisoner's case notes matching the filter; only the
   * filters that were given are sent. An upstream 403 is reported so that it becomes a 403 answer.
   */
  async getCaseNotes(nomisNumber: string, filter: CaseNoteFilter): Promise<ServiceResult<CaseNote[]>> {
    const query = Object.fromEntries(
      Object.entries({
        locationId: filter.locationId,
        startDate: filter.startDate && `${filter.startDate}T00:00:00`,
        endDate: filter.endDate && `${filter.endDate}T00:00:00`,
      }).filter(([, value]) => value !== undefined),
    ) as Record<string, string>;
    const result = await this.get<CaseNotePageDto>(`/case-notes/${segment(nomisNumber)}`, query, {
      forbiddenAsError: true,
    });
    return { data: (result.data?.content ?? []).map(toCaseNote), errors: result.errors };
  }
}
