import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { hasError, ServiceResult, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import {
  Language,
  NumberOfChildren,
  PersonalCareNeed,
  PhysicalCharacteristics,
} from '../../domain/prisoner-profile';
import { Person } from '../../domain/person';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PersonalRelationshipsGateway } from '../../upstream/personal-relationships/personal-relationships.gateway';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { Prisoner } from '../../domain/prisoner';
import { personNotFoundMessage } from '../person-lookup';

/**
 * The reference's answer to a refusal of these operations: a bad request is reported with the upstream's
 * own description of it, anything not found as the person not being found.
 */
function throwIfRefused(result: Pick<ServiceResult<unknown>, 'errors'>, hmppsId: string): void {
  if (hasError(result, UpstreamApiErrorType.BAD_REQUEST)) {
    throw badRequest(`Bad request from upstream ${result.errors[0].description}`);
  }
  throwIfErrors(result, { notFound: personNotFoundMessage(hmppsId) });
}

/** What reception staff need about a prisoner: care needs, languages, physical characteristics, children. */
@Injectable()
export class PrisonerProfileService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
    private readonly relationships: PersonalRelationshipsGateway,
  ) {}

  /** Null when Prisoner Search holds no care-needs list for the prisoner. */
  async getCareNeeds(hmppsId: string, filters: ConsumerFilters): Promise<PersonalCareNeed[] | null> {
    return (await this.prisonerWithinPrisons(hmppsId, filters)).careNeeds;
  }

  /** Null when Prisoner Search holds no languages for the prisoner. */
  async getLanguages(hmppsId: string, filters: ConsumerFilters): Promise<Language[] | null> {
    return (await this.prisonerWithinPrisons(hmppsId, filters)).languages;
  }

  /**
   * Within the consumer's prisons and supervision statuses: a prisoner outside them is the filter answer
   * (404 "The requested resource could not be found"), as the reference resolves this one.
   */
  async getPhysicalCharacteristics(
    hmppsId: string,
    filters: ConsumerFilters,
  ): Promise<PhysicalCharacteristics> {
    const prisoner = await this.identity.getPrisonerWithFilters(hmppsId, filters);
    throwIfRefused(prisoner, hmppsId);
    return requireData(prisoner, {}).physicalCharacteristics;
  }

  async getNumberOfChildren(hmppsId: string, filters: ConsumerFilters): Promise<NumberOfChildren> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const person = await this.identity.getPersonWithPrisonFilter(hmppsId, filters);
    throwIfErrors(person, messages);
    const nomisNumber = nomisNumberOf(person, hmppsId);
    return requireData(await this.relationships.getNumberOfChildren(nomisNumber), messages);
  }

  /**
   * The reference's `getPersonWithPrisonFilter`: a prisoner outside the consumer's prisons is simply not
   * found. The person is resolved first (probation's view names the NOMIS number), then their record read.
   */
  private async prisonerWithinPrisons(hmppsId: string, filters: ConsumerFilters): Promise<Prisoner> {
    const person = await this.identity.getPersonWithPrisonFilter(hmppsId, filters);
    throwIfRefused(person, hmppsId);
    const prisoner = await this.prisonerSearch.getPrisoner(nomisNumberOf(person, hmppsId));
    throwIfRefused(prisoner, hmppsId);
    return requireData(prisoner, {});
  }
}

function nomisNumberOf(person: ServiceResult<Person | null>, hmppsId: string): string {
  const nomisNumber = person.data?.identifiers.nomisNumber;
  if (!nomisNumber) throw notFound(personNotFoundMessage(hmppsId));
  return nomisNumber;
}
