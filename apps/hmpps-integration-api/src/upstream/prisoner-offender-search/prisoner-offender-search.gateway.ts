import { Injectable } from '@nestjs/common';
import { ServiceResult, success } from '../../common/upstream-api-error';
import { UpstreamApi } from '../../common/upstream-api-error';
import { UpstreamPage } from '../../common/pagination';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { UpstreamPageRequest } from '../shared/search-requests';
import { Prisoner } from '../../domain/prisoner';
import { PrisonerDto, toPrisoner } from './prisoner.dto';

/** Every match at once: results are sorted and paged here, as the reference does. */
const ALL_RESULTS = 9999;

export interface PrisonerSearchCriteria {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  includeAliases: boolean;
}

/** HEAD's person search criteria: the given ones only, `prisons` null for every prison. */
export interface PersonAttributeCriteria extends PrisonerSearchCriteria {
  pncNumber?: string;
  prisons: readonly string[] | null;
}

type Matcher = Record<string, string>;
interface AttributeQuery {
  joinType: 'AND' | 'OR';
  matchers: Matcher[];
  subQueries: AttributeQuery[];
}

const stringIs = (attribute: string, searchTerm: string): Matcher => ({
  type: 'String',
  attribute,
  condition: 'IS',
  searchTerm,
});
const dateIs = (attribute: string, date: string): Matcher => ({
  type: 'Date',
  attribute,
  condition: 'IS',
  maxValue: date,
  minValue: date,
});
const allOf = (matchers: Matcher[], subQueries: AttributeQuery[] = []): AttributeQuery => ({
  joinType: 'AND',
  matchers,
  subQueries,
});

/** The name and date of birth matchers, on the record itself or (`aliases.`) on its aliases. */
function nameMatchers(criteria: PersonAttributeCriteria, prefix: '' | 'aliases.'): Matcher[] {
  return [
    ...(criteria.firstName !== undefined ? [stringIs(`${prefix}firstName`, criteria.firstName)] : []),
    ...(criteria.lastName !== undefined ? [stringIs(`${prefix}lastName`, criteria.lastName)] : []),
    ...(criteria.dateOfBirth !== undefined ? [dateIs(`${prefix}dateOfBirth`, criteria.dateOfBirth)] : []),
  ];
}

/**
 * HEAD's `attributeSearchRequest`: every query must match (the PNC; a prison of the consumer's, `X` for
 * none so nobody matches; the name and date of birth, on the record or, with aliases, on an alias).
 */
export function personAttributeSearchBody(criteria: PersonAttributeCriteria) {
  const queries: AttributeQuery[] = [];
  if (criteria.pncNumber !== undefined) queries.push(allOf([{ type: 'PNC', pncNumber: criteria.pncNumber }]));
  if (criteria.prisons !== null) {
    const prisons = criteria.prisons.length > 0 ? criteria.prisons.join(',') : 'X';
    queries.push(allOf([{ type: 'String', attribute: 'prisonId', condition: 'IN', searchTerm: prisons }]));
  }
  const onRecord = nameMatchers(criteria, '');
  if (onRecord.length > 0) {
    const onAliases = criteria.includeAliases ? [allOf(nameMatchers(criteria, 'aliases.'))] : [];
    queries.push({ joinType: 'OR', matchers: [], subQueries: [...onAliases, allOf(onRecord)] });
  }
  return { joinType: 'AND', queries, pagination: { page: 0, size: 10 } };
}

@Injectable()
export class PrisonerOffenderSearchGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(
      clients,
      'prisonerOffenderSearch',
      'prisoner-offender-search',
      UpstreamApi.PRISONER_OFFENDER_SEARCH,
    );
  }

  async getPrisoner(nomisNumber: string): Promise<ServiceResult<Prisoner | null>> {
    const result = await this.get<PrisonerDto>(`/prisoner/${segment(nomisNumber)}`);
    return { data: result.data ? toPrisoner(result.data) : null, errors: result.errors };
  }

  /**
   * The prisoner number a number was merged into: the prisoner whose identifiers hold it as a MERGED
   * one (an attribute search), or null when no prisoner does.
   */
  async findMergedInto(nomisNumber: string): Promise<string | null> {
    const result = await this.attributeSearch(
      { 'identifiers.type': 'MERGED', 'identifiers.value': nomisNumber },
      { page: 0, size: 10 },
    );
    const prisoner = result.data?.content?.[0];
    const merged = prisoner?.identifiers?.some((id) => id.type === 'MERGED' && id.value === nomisNumber);
    return merged && prisoner?.prisonerNumber ? prisoner.prisonerNumber : null;
  }

  /**
   * The prisoner numbers of everyone in one cell (`cellLocation` is the cell's path, e.g. `A-1-001`), by
   * attribute search: used to refuse deactivating an occupied cell.
   */
  async prisonersInCell(prisonId: string, cellLocation: string): Promise<ServiceResult<string[] | null>> {
    const result = await this.attributeSearch({ prisonId, cellLocation });
    const prisoners = result.data?.content ?? null;
    return {
      data: prisoners ? prisoners.map((prisoner) => prisoner.prisonerNumber) : null,
      errors: result.errors,
    };
  }

  /** Prisoners whose attributes are each exactly the value given (one AND query of String matchers). */
  private attributeSearch(attributes: Record<string, string>, pagination?: UpstreamPageRequest) {
    const matchers = Object.entries(attributes).map(([attribute, searchTerm]) =>
      stringIs(attribute, searchTerm),
    );
    return this.search<UpstreamPage<PrisonerDto>>('/attribute-search', {
      joinType: 'AND',
      queries: [allOf(matchers)],
      ...(pagination ? { pagination } : {}),
    });
  }

  /**
   * HEAD's person search (`POST /attribute-search`, its body always paged `{page: 0, size: 10}`), the
   * page asked for as `?page=&size=` when one is given.
   */
  async searchPersons(
    criteria: PersonAttributeCriteria,
    page?: UpstreamPageRequest,
  ): Promise<ServiceResult<Prisoner[]>> {
    const query = page ? { page: page.page, size: page.size } : undefined;
    return contentOf(
      await this.search<UpstreamPage<PrisonerDto>>(
        '/attribute-search',
        personAttributeSearchBody(criteria),
        query,
      ),
    );
  }

  /** Every prisoner matching the criteria, wherever held. */
  async globalSearch(criteria: PrisonerSearchCriteria): Promise<ServiceResult<Prisoner[]>> {
    const body = withoutUndefined({
      firstName: criteria.firstName,
      lastName: criteria.lastName,
      includeAliases: criteria.includeAliases,
      dateOfBirth: criteria.dateOfBirth,
    });
    return contentOf(
      await this.search<UpstreamPage<PrisonerDto>>('/global-search', body, { size: ALL_RESULTS }),
    );
  }

  /** Matching prisoners held in one of `prisonIds`. */
  async searchInPrisons(
    criteria: PrisonerSearchCriteria,
    prisonIds: readonly string[],
  ): Promise<ServiceResult<Prisoner[]>> {
    const body = {
      firstName: criteria.firstName ?? null,
      lastName: criteria.lastName ?? null,
      dateOfBirth: criteria.dateOfBirth ?? null,
      includeAliases: criteria.includeAliases,
      prisonIds,
      pagination: { page: 0, size: ALL_RESULTS },
    };
    return contentOf(await this.search<UpstreamPage<PrisonerDto>>('/prisoner-detail', body));
  }
}

function contentOf(result: ServiceResult<UpstreamPage<PrisonerDto> | null>): ServiceResult<Prisoner[]> {
  if (result.errors.length > 0) return { data: [], errors: result.errors };
  return success((result.data?.content ?? []).map(toPrisoner));
}

function withoutUndefined(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
