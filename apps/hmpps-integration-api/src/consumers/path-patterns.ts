/** What every path parameter placeholder of a permission becomes: one segment of safe characters. */
const PATH_PARAMETER = '[a-zA-Z0-9_-]+';

/**
 * The placeholders a permission may use. Regex fragments that stood for one parameter in older,
 * regex-style permissions (`[^/]*`, `[^/]+`, `.*`) are normalised the same way, so that either style
 * grants exactly one segment of safe characters: an encoded `/` (`%2F`) or a dot segment never matches.
 */
const PLACEHOLDERS = [
  '{hmppsId}',
  '{prisonId}',
  '{contactId}',
  '{visitReference}',
  '{scheduleId}',
  '{key}',
  '{locationKey}',
  '{id}',
  '{imageId}',
  '{accountCode}',
  '{clientReference}',
  '{clientVisitReference}',
  '{activityId}',
  '{clientUniqueRef}',
  '{contactEventId}',
  '{eventNumber}',
  '{jobId}',
  '{nomisNumber}',
  '{courtId}',
  '[^/]*',
  '[^/]+',
  '.*',
];

/** Patterns kept as written: the whole-API wildcard and the Swagger UI's files. */
const VERBATIM = new Set(['/.*', '/swagger-ui/.*']);

/**
 * A permission (a path template such as `/v1/persons/{hmppsId}/name`, or a regex) as the regex the
 * whole request path must match: placeholders become one safe segment, `^`/`$` are dropped (the match
 * is always whole) and a missing leading `/` is added.
 */
export function normalisePath(pattern: string): string {
  if (VERBATIM.has(pattern)) return pattern;
  let normalised = pattern;
  for (const placeholder of PLACEHOLDERS) normalised = normalised.split(placeholder).join(PATH_PARAMETER);
  if (normalised.startsWith('^')) normalised = normalised.slice(1);
  if (normalised.endsWith('$')) normalised = normalised.slice(0, -1);
  return normalised.startsWith('/') ? normalised : `/${normalised}`;
}

/**
 * Compiles a permission for a whole-path match, or explains why it cannot be one: a placeholder outside
 * the known list (it would otherwise be read as a regex quantifier or a literal) or an invalid regex.
 */
export function compilePathPattern(pattern: string): RegExp | string {
  const normalised = normalisePath(pattern);
  const braces = normalised.match(/\{[^}]*\}/g) ?? [];
  const unknown = braces.find((brace) => !/^\{\d+(,\d*)?\}$/.test(brace));
  if (unknown) return `unknown placeholder ${unknown}`;
  try {
    return new RegExp(`^(?:${normalised})$`);
  } catch {
    return 'not a valid regular expression';
  }
}
