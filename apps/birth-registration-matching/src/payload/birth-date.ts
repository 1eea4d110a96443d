/** A calendar date without time zone, as the registries record births. */
export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * `yyyy-MM-dd` as the reference's Java formatter reads it: four-digit year, or more digits only with a
 * leading `+` (`+20120-01-01`); two-digit month and day; nothing else around it.
 */
const ISO_DATE = /^(?:(\d{4})|\+(\d{5,9}))-(\d{2})-(\d{2})$/;
const EARLIEST_YEAR = 1900;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a payload or record date. Unlike the reference, an impossible day (`2012-02-30`) is rejected
 * rather than clamped to the month's last day (README, deliberate differences).
 */
export function parseBirthDate(text: string): BirthDate | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return undefined;
  const year = Number(parts[1] ?? parts[2]);
  const month = Number(parts[3]);
  const day = Number(parts[4]);
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return { year, month, day };
}

/** ISO-8601 text, with the `+` sign Java uses for years beyond 9999. */
export function formatBirthDate(date: BirthDate): string {
  const year = date.year > 9999 ? `+${date.year}` : String(date.year).padStart(4, '0');
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function compareBirthDates(a: BirthDate, b: BirthDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameBirthDate(a: BirthDate, b: BirthDate): boolean {
  return compareBirthDates(a, b) === 0;
}
