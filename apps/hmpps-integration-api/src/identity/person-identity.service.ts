import { Injectable } from '@nestjs/common';
import { filterViolation } from '../common/api-errors';
import {
  errorsOf,
  failure,
  ServiceResult,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../common/upstream-api-error';
import {
  ConsumerFilters,
  limitsPeople,
  limitsSupervision,
  matchesPrison,
  NO_FILTERS,
  SupervisionStatus,
} from '../consumers/consumer-filters';
import { Offender } from '../domain/offender';
import { Person } from '../domain/person';
import { Prisoner } from '../domain/prisoner';
import { PrisonerOffenderSearchGateway } from '../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { identifyHmppsId } from './hmpps-id';

const { ENTITY_NOT_FOUND, BAD_REQUEST } = UpstreamApiErrorType;

/** The probation search for the id, when the caller needs the record too: made once, shared. */
export type ProbationRecord = Promise<ServiceResult<Offender | null>>;

export interface CombinedPersonRecords {
  prisoner: Prisoner | null;
  offender: Offender | null;
  /** Asked for by a prisoner number that was merged: the number it was merged into. */
  mergedInto?: string;
}

/**
 * Turns an hmppsId (NOMIS number, CRN or PNC id) into the person or prisoner it names, applying the
 * consumer's prison filter. CRN → NOMIS and PNC → anything go through nDelius' probation case search.
 */
@Injectable()
export class PersonIdentityService {
  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
  ) {}

  /** `lookupPerson`: the probation record, or for a NOMIS number unknown to probation the prison one. */
  async lookupPerson(id: string): Promise<ServiceResult<Person | null>> {
    const offender = await this.nDelius.findOffender(id);
    if (offender.data) return success(offender.data.person);
    if (identifyHmppsId(id) !== 'NOMS') return errorsOf(offender);
    const prisoner = await this.prisonerSearch.getPrisoner(id);
    return prisoner.data ? success(prisoner.data.person) : errorsOf(prisoner);
  }

  /**
   * `getPersonWithPrisonFilter`: a person who must be known to NOMIS and held in a prison the consumer
   * may see. The probation view is preferred when probation knows them.
   */
  async getPersonWithPrisonFilter(
    id: string,
    filters: ConsumerFilters,
  ): Promise<ServiceResult<Person | null>> {
    const type = identifyHmppsId(id);
    if (type === 'UNKNOWN')
      return failure(upstreamApiError(UpstreamApi.NOMIS, BAD_REQUEST, `Invalid HMPPS ID: ${id}`));
    const offender = await this.nDelius.findOffender(id);
    const otherThanNotFound = offender.errors.filter((error) => error.type !== ENTITY_NOT_FOUND);
    if (otherThanNotFound.length > 0) return { data: null, errors: otherThanNotFound };

    const nomisNumber = offender.data?.nomisNumber ?? (type === 'NOMS' ? id : null);
    if (!nomisNumber) return failure(upstreamApiError(UpstreamApi.NOMIS, ENTITY_NOT_FOUND));
    const prisoner = await this.prisonerSearch.getPrisoner(nomisNumber);
    if (!prisoner.data) return errorsOf(prisoner);
    if (!matchesPrison(filters, prisoner.data.inPrison.prisonId)) return notFoundByFilter(UpstreamApi.NOMIS);
    return success(offender.data ? offender.data.person : prisoner.data.person);
  }

  /**
   * The reference's `getNomisNumber(hmppsId, filters)`: the NOMIS number of a NOMIS number or CRN. For a
   * consumer limited to some prisons or supervision statuses the prisoner must be held in one of those
   * prisons and supervised in a way it may see. Otherwise it throws the filter answer (404 "The requested
   * resource could not be found"), and so does a person who cannot be found at all, so that the answer
   * never tells a person outside the consumer's scope from one who does not exist. A caller that needs
   * the probation record as well passes its search (`probationRecord`), so probation is asked once.
   */
  async getNomisNumberWithFilters(
    id: string,
    filters: ConsumerFilters,
    probationRecord?: ProbationRecord,
  ): Promise<ServiceResult<string | null>> {
    if (!limitsPeople(filters)) return this.getNomisNumber(id, probationRecord);
    const resolved = await this.resolveWithinFilters(id, filters, probationRecord);
    return resolved.data ? success(resolved.data.nomisNumber) : errorsOf(resolved);
  }

  /** As `getNomisNumberWithFilters`, answering the prisoner-search record. */
  async getPrisonerWithFilters(
    id: string,
    filters: ConsumerFilters,
  ): Promise<ServiceResult<Prisoner | null>> {
    const resolved = limitsPeople(filters)
      ? await this.resolveWithinFilters(id, filters)
      : await this.resolvePrisoner(id, NO_FILTERS, true);
    return resolved.data?.prisoner ? success(resolved.data.prisoner) : errorsOf(resolved);
  }

  /** `getNomisNumber`: as above for endpoints without a prison filter. */
  getNomisNumber(id: string, probationRecord?: ProbationRecord): Promise<ServiceResult<string | null>> {
    return this.resolvePrisoner(id, NO_FILTERS, false, probationRecord).then((resolved) =>
      resolved.data ? success(resolved.data.nomisNumber) : errorsOf(resolved),
    );
  }

  private async resolveWithinFilters(
    id: string,
    filters: ConsumerFilters,
    probationRecord?: ProbationRecord,
  ): Promise<ServiceResult<{ nomisNumber: string; prisoner: Prisoner } | null>> {
    const resolved = await this.resolvePrisoner(id, NO_FILTERS, true, probationRecord);
    const prisoner = resolved.data?.prisoner;
    if (!prisoner) {
      if (resolved.errors.every((error) => error.type === ENTITY_NOT_FOUND)) throw filterViolation();
      return errorsOf(resolved);
    }
    if (!matchesPrison(filters, prisoner.inPrison.prisonId)) throw filterViolation();
    if (limitsSupervision(filters)) {
      const status = await this.supervisionStatus(id, prisoner, probationRecord);
      if (status === null || !filters.supervisionStatuses!.includes(status)) throw filterViolation();
    }
    return success({ nomisNumber: resolved.data!.nomisNumber, prisoner });
  }

  /**
   * Where the person is supervised: in prison while prisoner search has them ACTIVE, otherwise on
   * probation while probation manages a sentence, otherwise neither; null (unknown) when probation does
   * not know them.
   */
  private async supervisionStatus(
    id: string,
    prisoner: Prisoner,
    probationRecord?: ProbationRecord,
  ): Promise<SupervisionStatus | null> {
    if (prisoner.inPrison.status?.startsWith('ACTIVE')) return 'PRISONS';
    const offender = await (probationRecord ?? this.nDelius.findOffender(id));
    const active = offender.data?.underActiveSupervision;
    if (active === true) return 'PROBATION';
    return active === false ? 'NONE' : null;
  }

  /** `getPrisoner`: the prisoner-search record of a NOMIS number or CRN, within the consumer's prisons. */
  async getPrisoner(id: string, filters: ConsumerFilters): Promise<ServiceResult<Prisoner | null>> {
    const resolved = await this.resolvePrisoner(id, filters, true);
    const prisoner = resolved.data?.prisoner;
    return prisoner ? success(prisoner) : errorsOf(resolved);
  }

  /**
   * NOMIS number → prisoner search; CRN → nDelius' case search for the NOMIS number, then prisoner search
   * when the prisoner record is wanted or a prison filter needs its prison. One prisoner-search call
   * serves both the existence check and the filter.
   */
  private async resolvePrisoner(
    id: string,
    filters: ConsumerFilters,
    needPrisoner: boolean,
    probationRecord?: ProbationRecord,
  ): Promise<ServiceResult<{ nomisNumber: string; prisoner: Prisoner | null } | null>> {
    const type = identifyHmppsId(id);
    if (type === 'UNKNOWN')
      return failure(upstreamApiError(UpstreamApi.NOMIS, BAD_REQUEST, `Invalid HMPPS ID: ${id}`));
    let nomisNumber = id;
    if (type === 'CRN') {
      // A CRN-shaped id is searched by CRN either way: the caller's search is the same question.
      const offender = await (probationRecord ?? this.nDelius.findOffenderByCrn(id));
      if (!offender.data) return errorsOf(offender);
      const crnNomisNumber = offender.data.nomisNumber;
      if (!crnNomisNumber) {
        return failure(upstreamApiError(UpstreamApi.NDELIUS, ENTITY_NOT_FOUND, 'NOMIS number not found'));
      }
      if (!needPrisoner) return success({ nomisNumber: crnNomisNumber, prisoner: null });
      nomisNumber = crnNomisNumber;
    }
    const prisoner = await this.prisonerSearch.getPrisoner(nomisNumber);
    if (!prisoner.data) return errorsOf(prisoner);
    if (!matchesPrison(filters, prisoner.data.inPrison.prisonId)) return notFoundByFilter(UpstreamApi.NOMIS);
    return success({ nomisNumber, prisoner: prisoner.data });
  }

  /**
   * `getCombinedDataForPerson`: the probation record, and the prison one of the NOMIS number asked for
   * (or, for another id, the one probation names). A NOMIS number prisoner search does not know may have been merged into another prisoner's: asked
   * for by that old number, the answer is the number it was merged into (`mergedInto`); reached through
   * probation's record, the prison record is the merged prisoner's.
   */
  async getCombinedDataForPerson(id: string): Promise<ServiceResult<CombinedPersonRecords>> {
    // As the reference: a NOMIS number is looked up in prisoner search as given, whatever probation says;
    // any other id reaches prisoner search through the NOMIS number probation names. The search by a
    // given number starts now rather than one upstream round trip later (the catch only keeps a failure
    // from going unhandled before it is awaited).
    const byNoms = identifyHmppsId(id) === 'NOMS';
    const early = byNoms ? this.prisonerSearch.getPrisoner(id) : undefined;
    early?.catch(() => undefined);
    const offender = await this.nDelius.findOffender(id);
    const nomisNumber = byNoms ? id : offender.data?.nomisNumber;
    if (!nomisNumber) return { data: { offender: offender.data, prisoner: null }, errors: offender.errors };
    let prisoner = early ? await early : await this.prisonerSearch.getPrisoner(nomisNumber);
    const badRequest = [...offender.errors, ...prisoner.errors].some((error) => error.type === BAD_REQUEST);
    if (isNotFound(prisoner) && !badRequest) {
      const mergedInto = await this.prisonerSearch.findMergedInto(nomisNumber);
      if (mergedInto && byNoms) return success({ offender: null, prisoner: null, mergedInto });
      if (mergedInto) prisoner = await this.prisonerSearch.getPrisoner(mergedInto);
    }
    return {
      data: { offender: offender.data, prisoner: prisoner.data },
      errors: [...offender.errors, ...prisoner.errors],
    };
  }
}

function isNotFound(result: ServiceResult<unknown>): boolean {
  return result.data === null && result.errors.some((error) => error.type === ENTITY_NOT_FOUND);
}

/** Data outside the consumer's prisons is reported as missing, never as forbidden (the reference's ADR 0013). */
function notFoundByFilter(causedBy: UpstreamApi): ServiceResult<null> {
  return failure(upstreamApiError(causedBy, ENTITY_NOT_FOUND, 'Not found'));
}
