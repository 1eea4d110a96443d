import { BooleanParam, DateParam, TextParam } from './query-rules';

/** The name search shared by person search (#1) and prisoner search (#12), as their services take it. */
export interface NameSearch {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  searchWithinAliases: boolean;
}

/** At least one of these (or an operation's further criteria, after them) must be given. */
export const NAME_CRITERIA = ['first_name', 'last_name', 'date_of_birth'];

/** The name parameters of both searches; each search's query adds its `SearchCriteria` and paging. */
export abstract class NameSearchParams {
  @TextParam()
  first_name?: string;

  @TextParam()
  last_name?: string;

  @DateParam({ description: 'yyyy-MM-dd' })
  date_of_birth?: string;

  @BooleanParam(false)
  search_within_aliases!: boolean;
}

export function nameSearchOf(query: NameSearchParams): NameSearch {
  return {
    firstName: query.first_name,
    lastName: query.last_name,
    dateOfBirth: query.date_of_birth,
    searchWithinAliases: query.search_within_aliases,
  };
}
