/**
 * Helpers for values parsed by the `soap` client. Text elements arrive as strings; an element with
 * `xsi:nil="true"` arrives as an object holding only its attributes and, like an empty element, reads
 * as `""`; an absent element is `undefined`.
 */
export function soapText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return '';
  return String(value);
}

export function soapList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

export function soapObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `ULN` → `uln`, `ID` → `id`, `FamilyName` → `familyName`. */
export function jsonKeyFor(elementName: string): string {
  return elementName === elementName.toUpperCase()
    ? elementName.toLowerCase()
    : elementName.charAt(0).toLowerCase() + elementName.slice(1);
}

/** Copies the listed elements that are present, under their JSON names, as text. */
export function pickTexts<K extends string>(
  source: Record<string, unknown>,
  elements: readonly K[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const element of elements) {
    const text = soapText(source[element]);
    if (text !== undefined) result[jsonKeyFor(element)] = text;
  }
  return result;
}
