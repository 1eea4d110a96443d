import { AppLogger, InjectLogger, addRequestLogFields } from '@libs/platform';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { BrmAuditor } from '../audit/brm-auditor';
import { BRM_CONFIG, type BrmConfig } from '../config';
import { checkHeaders } from '../headers/header-validation';
import { evaluateFilters } from '../lookup/lookup-filters';
import { RegistryLookupService } from '../lookup/registry-lookup.service';
import { LookupType, registryFor } from '../lookup/registry';
import { matchRecords, NO_MATCH } from '../matching/matching-engine';
import { BrmMetrics } from '../metrics/brm-metrics';
import type { MatchPayload } from '../payload/match-payload';
import { validatePayload } from '../payload/payload-validator';
import type { CallContext } from '../upstream/call-context';
import { brmFailure, MatchAnswer } from './brm-response';
import { requestKey } from './request-key';

/** What the controller passes on from the HTTP request. */
export interface MatchRequest {
  readonly accept?: string;
  readonly auditSource?: string;
  readonly body: unknown;
  /** The platform's request id (from `X-Request-ID` when valid, otherwise generated). */
  readonly requestId: string;
  /** Inbound tracing headers, forwarded upstream. */
  readonly correlationId?: string;
  readonly inboundRequestId?: string;
}

/**
 * The match pipeline of spec §3 after body parsing: headers, payload, filters, registry lookup and
 * matching. Failures are thrown as `ApiError`s carrying the documented BRM envelope.
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

  async match(request: MatchRequest): Promise<MatchAnswer> {
    const headers = checkHeaders(request.accept, request.auditSource);
    if (headers.error) throw brmFailure(headers.error);
    this.metrics.acceptedHeaders(headers.auditSource ?? '');

    const brmKey = requestKey(
      new Date(),
      request.requestId,
      headers.auditSource ?? '',
      headers.acceptVersion ?? '',
    );
    // Binds the key to every later log line of this request (the platform logger is request-scoped).
    addRequestLogFields({ brmKey });

    const { result, country } = validatePayload(request.body);
    this.metrics.countrySeen(country);
    if (!result.valid) {
      this.logger.info({ code: result.error.body.code }, 'payload rejected');
      this.auditor.payloadError(brmKey, request.body);
      throw brmFailure(result.error);
    }

    const context: CallContext = {
      brmKey,
      correlationId: request.correlationId ?? randomUUID(),
      requestId: request.inboundRequestId ?? 'unknown',
    };
    return this.lookUp(result.payload, context);
  }

  private async lookUp(payload: MatchPayload, context: CallContext): Promise<MatchAnswer> {
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
      throw brmFailure(outcome.error);
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
