/**
 * Java `Character.toUpperCase(char)`: a one-unit mapping. JS maps some characters to several units
 * (`ß` → `SS`); Java keeps those unchanged, so we do too.
 */
function upperUnit(unit: string): string {
  const upper = unit.toUpperCase();
  return upper.length === 1 ? upper : unit;
}

/** Java `Character.toLowerCase(char)`; `İ` is the one character whose simple lower case JS does not give. */
function lowerUnit(unit: string): string {
  if (unit === '\u0130') return 'i';
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

/**
 * Java `String.equalsIgnoreCase`: same length in UTF-16 units, each pair equal as is, after upper-casing,
 * or after upper- then lower-casing. No accent folding and no Unicode normalisation.
 */
export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const upperX = upperUnit(x);
    const upperY = upperUnit(y);
    if (upperX === upperY) continue;
    if (lowerUnit(upperX) !== lowerUnit(upperY)) return false;
  }
  return true;
}
