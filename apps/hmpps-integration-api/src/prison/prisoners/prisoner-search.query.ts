import { NAME_CRITERIA, NameSearchParams } from '../../common/name-search.query';
import { PageParam, PerPageParam } from '../../common/page-query';
import { SearchCriteria } from '../../common/query-rules';

@SearchCriteria(...NAME_CRITERIA)
export class PrisonerSearchQuery extends NameSearchParams {
  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}
