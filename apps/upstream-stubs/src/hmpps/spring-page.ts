/** A Spring Data page as the HMPPS Spring services answer paged searches (0-based `number`). */
export interface SpringPage<T> {
  content: T[];
  number: number;
  size: number;
  numberOfElements: number;
  totalElements: number;
  totalPages: number;
  first: boolean;
  last: boolean;
  empty: boolean;
}

export function springPage<T>(items: readonly T[], pageNumber: number, size: number): SpringPage<T> {
  const content = items.slice(pageNumber * size, pageNumber * size + size);
  const totalPages = Math.ceil(items.length / size);
  return {
    content,
    number: pageNumber,
    size,
    numberOfElements: content.length,
    totalElements: items.length,
    totalPages,
    first: pageNumber === 0,
    last: pageNumber >= totalPages - 1,
    empty: content.length === 0,
  };
}

/** A whole number query parameter (Spring's `page`/`size`), or the default when absent. */
export function wholeNumber(
  value: string | undefined,
  defaultValue: number,
  minimum: number,
): number | undefined {
  if (value === undefined || value === '') return defaultValue;
  if (!/^\d+$/.test(value) || Number(value) < minimum) return undefined;
  return Number(value);
}
