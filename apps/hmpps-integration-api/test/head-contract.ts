import type { HttpResponse } from '@libs/testing';
import { checkShape, describeDifferences } from '../contract/check-shape';

/**
 * A contract test's one assertion: our answer to a HEAD operation has exactly the shape HEAD's models give
 * it (keys, types, nullability), from the shape file recorded for that operation (contract/shapes). The
 * values come from our stubs; empty arrays in them leave item shapes unchecked, so fixtures should give
 * each list at least one item.
 */
export function expectHeadShape(operation: string, response: HttpResponse): void {
  const differences = describeDifferences(checkShape(operation, response.body, { status: response.status }));
  expect({ operation, status: response.status, differences }).toEqual({
    operation,
    status: response.status,
    differences: [],
  });
}
