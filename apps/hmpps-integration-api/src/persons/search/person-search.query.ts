import { NAME_CRITERIA, NameSearchParams } from '../../common/name-search.query';
import { PageParam, PerPageParam } from '../../common/page-query';
import { SearchCriteria, TextParam } from '../../common/query-rules';

@SearchCriteria(...NAME_CRITERIA, 'pnc_number')
export class PersonSearchQuery extends NameSearchParams {
  @TextParam({ description: 'A URL-encoded pnc identifier' })
  pnc_number?: string;

  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}
