/** Characters and sequences the reference forbids in any name, plus whitespace-only values. */
const FORBIDDEN_NAME_CONTENT = /[;/\\()|*.=+@"\n\u0000]|<!|-->|^[ \t\n\u000B\f\r]+$/;
const MAX_NAME_LENGTH = 250;

/** JS `\s` and `trim()` are Unicode-aware; the reference trims every char ≤ U+0020 and splits on ASCII whitespace only. */
const ASCII_WHITESPACE_RUN = /[ \t\n\u000B\f\r]+/;

/** Length is counted in UTF-16 code units on the raw value, before any trimming (like the reference). */
export function isValidName(value: string): boolean {
  return value.length >= 1 && value.length <= MAX_NAME_LENGTH && !FORBIDDEN_NAME_CONTENT.test(value);
}

/** Java `String.trim`: strips every char ≤ U+0020 (not U+00A0 or other Unicode spaces) from both ends. */
export function javaTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/** The words of a name after trimming; an empty or blank name has no words. */
export function nameWords(value: string): string[] {
  const trimmed = javaTrim(value);
  return trimmed === '' ? [] : trimmed.split(ASCII_WHITESPACE_RUN).filter((word) => word !== '');
}

/** `"  Jones  Smith "` → `"Jones Smith"`: the form used for matching, upstream bodies and audits. */
export function normaliseName(value: string): string {
  return nameWords(value).join(' ');
}
