import { AppLogger, InjectLogger } from '@libs/platform';
import { Inject, Injectable } from '@nestjs/common';
import { BrmAuditor } from '../audit/brm-auditor';
import { BRM_CONFIG, type BrmConfig } from '../config';
import { evaluateFilters } from '../lookup/lookup-filters';
import { RegistryLookupService } from '../lookup/registry-lookup.service';
import { LookupType, registryFor } from '../lookup/registry';
import { matchRecords, NO_MATCH } from '../matching/matching-engine';
import { BrmMetrics } from '../metrics/brm-metrics';
import type { MatchPayload } from '../payload/match-payload';
import type { CallContext } from '../upstream/call-context';
import { BrmFailure } from '../errors/brm-errors';
import { MatchAnswer } from './brm-response';

/**
 * The match pipeline after the headers and the payload are checked (`MatchRequestInterceptor`,
 * the DTO): filters, registry lookup and matching. Failures are thrown as `BrmFailure`s, which BRM's
 * error mapper renders.
 */
@Injectable()
export class MatchService {
  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    private readonly lookups: RegistryLookupService,
    private readonly auditor: BrmAuditor,
    private readonly metrics: BrmMetrics,
    @InjectLogger(MatchService.name) private readonly logger: AppLogger,
  ) {}

  async match(payload: MatchPayload, context: CallContext): Promise<MatchAnswer> {
    const { brmKey } = context;
    const registry = registryFor(payload.whereBirthRegistered);
    const type: LookupType = payload.birthReferenceNumber !== undefined ? 'reference' : 'details';
    this.logger.info(
      { registry, type, switches: this.config.switches[registry] },
      `${type} lookup requested`,
    );

    const filters = evaluateFilters(payload, registry, type, this.config);
    if (filters.dateOfBirthFiltered) this.metrics.dateOfBirthFilter();
    if (filters.failed.length > 0) {
      this.logger.warn(
        { failedFilters: filters.failed },
        'request filtered: answering no match without a lookup',
      );
      this.auditor.filtered(brmKey, payload, registry, type);
      return { matched: false };
    }

    const outcome = await this.lookups.lookup(payload, registry, type, context);
    if (outcome.kind === 'failed') {
      this.auditor.lookup(brmKey, { payload, registry, type, records: [], result: NO_MATCH });
      throw new BrmFailure(outcome.error);
    }
    if (outcome.kind === 'not-found') {
      this.auditor.lookup(brmKey, { payload, registry, type, records: [], result: NO_MATCH });
      return { matched: false };
    }
    const matchResult = matchRecords(
      payload,
      outcome.records,
      this.config.matching,
      this.config.groFlagRules,
    );
    this.metrics.matchResult(matchResult.matched);
    this.auditor.lookup(brmKey, { payload, registry, type, records: outcome.records, result: matchResult });
    this.logger.info(
      { matched: matchResult.matched, birthsPerSearch: outcome.records.length },
      'match complete',
    );
    return { matched: matchResult.matched };
  }
}
