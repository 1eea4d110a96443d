import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { invalidRequest } from '../errors/vera-problem';

/**
 * No value this service accepts is multi-line or formatted text, so C0 control characters and DEL are
 * never meaningful; NUL in particular cannot be stored by PostgreSQL and would fail the query.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
/** An unpaired UTF-16 surrogate is silently replaced on its way to the database, so what is stored differs. */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/** Where in the value a text that cannot be stored as sent sits, e.g. `clientId` or `items[2].name`. */
export function findUnstorableText(value: unknown, root: string): string | undefined {
  // Iterative so that a deeply nested body cannot exhaust the stack.
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (CONTROL_CHARACTER.test(current) || UNPAIRED_SURROGATE.test(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) pending.push([item, path ? `${path}.${key}` : key]);
    }
  }
  return undefined;
}

/**
 * Runs before every other pipe on every body, query and path value of every route (API and pages), so no
 * text that PostgreSQL cannot store as sent gets past validation, whichever field it arrives in.
 */
export class StorableTextPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const path = findUnstorableText(value, metadata.data ?? '');
    if (path !== undefined) {
      throw invalidRequest(
        `${path || metadata.type} must not contain control characters or unpaired surrogates`,
      );
    }
    return value;
  }
}
