import { fromUpstreamPage, paginate } from './pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('slices the third page of twenty items five at a time', () => {
    expect(paginate(numbers(20), 3, 5)).toEqual({
      data: [11, 12, 13, 14, 15],
      pagination: { isLastPage: false, count: 5, page: 3, perPage: 5, totalCount: 20, totalPages: 4 },
    });
  });

  it('marks the final, partly filled page as the last one', () => {
    expect(paginate(numbers(12), 2, 10)).toEqual({
      data: [11, 12],
      pagination: { isLastPage: true, count: 2, page: 2, perPage: 10, totalCount: 12, totalPages: 2 },
    });
  });

  it('answers an empty last page with zero pages for an empty list', () => {
    expect(paginate([], 1, 10)).toEqual({
      data: [],
      pagination: { isLastPage: true, count: 0, page: 1, perPage: 10, totalCount: 0, totalPages: 0 },
    });
  });

  it('answers an empty page, keeping the asked page number, past the end', () => {
    expect(paginate(numbers(3), 5, 2)).toEqual({
      data: [],
      pagination: { isLastPage: true, count: 0, page: 5, perPage: 2, totalCount: 3, totalPages: 2 },
    });
  });
});

describe('fromUpstreamPage', () => {
  it('copies the upstream numbers unchanged and maps the content', () => {
    const page = {
      content: [1, 2],
      number: 0,
      size: 2,
      totalElements: 5,
      totalPages: 3,
      last: false,
      numberOfElements: 2,
    };
    expect(fromUpstreamPage(page, (value) => value * 10)).toEqual({
      data: [10, 20],
      pagination: { isLastPage: false, count: 2, page: 0, perPage: 2, totalCount: 5, totalPages: 3 },
    });
  });
});
