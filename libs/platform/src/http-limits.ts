/** How often Node looks for requests past their request or headers timeout (its default is 30 s). */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Deepest JSON nesting of a request body (arrays and objects); deeper bodies are refused with 400. */
export const MAX_JSON_DEPTH = 32;
