/**
 * An operation key is HEAD's method and path as one string, e.g. `GET /v1/persons/{hmppsId}/alerts`.
 * Its shape file is named after it with the space and every `/` turned into `_`:
 * `GET_v1_persons_{hmppsId}_alerts.json`. No HEAD path contains `_`, so the name maps back to the key.
 */
export function shapeFileName(operationKey: string): string {
  const match = /^([A-Z]+) (\/\S*)$/.exec(operationKey);
  if (!match || match[2].includes('_')) throw new Error(`not an operation key: ${operationKey}`);
  return `${match[1]}${match[2].replace(/\//g, '_')}.json`;
}

export function operationKeyOf(fileName: string): string {
  const match = /^([A-Z]+)(_.*)\.json$/.exec(fileName);
  if (!match) throw new Error(`not a shape file name: ${fileName}`);
  return `${match[1]} ${match[2].replace(/_/g, '/')}`;
}
