/**
 * No value these services accept is formatted text, so C0/C1 control characters never mean anything;
 * NUL cannot be stored by PostgreSQL at all, and an unpaired UTF-16 surrogate is silently replaced on its
 * way to the database, so what would be stored differs from what was sent.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isUnstorableText(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || UNPAIRED_SURROGATE.test(text);
}

/** Every place in `value` holding such text (keys too), e.g. `clientId` or `items[2].name`. */
export function findUnstorableText(value: unknown, root = ''): string[] {
  const found: string[] = [];
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (isUnstorableText(current)) found.push(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const child = path ? `${path}.${key}` : key;
        if (isUnstorableText(key)) found.push(child);
        else pending.push([item, child]);
      }
    }
  }
  return found.reverse();
}
