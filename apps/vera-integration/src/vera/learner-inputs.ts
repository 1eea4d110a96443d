/** Server-side checks of what staff or an MIS type (the reference validated nothing on the server). */

export const ULN_PATTERN = /^\d{10}$/;

export function isUln(value: unknown): value is string {
  return typeof value === 'string' && ULN_PATTERN.test(value);
}

/** Digits with an optional leading `+`, spaces removed; 10 to 15 digits covers UK and international numbers. */
export function normaliseMobile(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const compact = value.replace(/\s+/g, '');
  return /^\+?\d{10,15}$/.test(compact) ? compact : null;
}

/** A real calendar date (`yyyy-MM-dd`) after 1900 and before today. */
export function isPastDate(value: unknown, today: Date = new Date()): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  return date.getUTCFullYear() >= 1900 && value < today.toISOString().slice(0, 10);
}
