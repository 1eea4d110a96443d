/*
 * A small, purpose-built reader of Kotlin source: enough to find classes, their constructor and body
 * properties with annotations, enum constants, functions and the calls inside them. It is not a Kotlin
 * parser; it relies on the regular layout of HEAD's code and reports what it cannot read.
 *
 * Every function here works on a "masked" copy of the source: comments and the contents of string
 * literals are replaced by spaces (same length, newlines kept), so braces, parentheses and keywords
 * inside them cannot confuse the structure. Literal values are read back from the original text at
 * the same offsets.
 */

/** The source with comments and string contents blanked out, character for character. */
export function mask(src: string): string {
  const out = src.split('');
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };

  // Scans code from `i`; stops after the `}` that closes an enclosing `${` when `insideTemplate`.
  const scanCode = (start: number, insideTemplate: boolean): number => {
    let i = start;
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '/' && src[i + 1] === '/') {
        const end = src.indexOf('\n', i);
        const stop = end === -1 ? src.length : end;
        blank(i, stop);
        i = stop;
      } else if (c === '/' && src[i + 1] === '*') {
        let j = i + 2;
        let nesting = 1;
        while (j < src.length && nesting > 0) {
          if (src[j] === '/' && src[j + 1] === '*') {
            nesting++;
            j += 2;
          } else if (src[j] === '*' && src[j + 1] === '/') {
            nesting--;
            j += 2;
          } else j++;
        }
        blank(i, j);
        i = j;
      } else if (c === '"') {
        i = scanString(i);
      } else if (c === "'") {
        // char literal: 'x', '\n', '\u0041'
        let j = i + 1;
        if (src[j] === '\\') j += src[j + 1] === 'u' ? 6 : 2;
        else j += 1;
        if (src[j] === "'") {
          blank(i + 1, j);
          i = j + 1;
        } else i++;
      } else if (c === '{') {
        depth++;
        i++;
      } else if (c === '}') {
        if (insideTemplate && depth === 0) return i + 1;
        depth--;
        i++;
      } else i++;
    }
    return i;
  };

  const scanString = (start: number): number => {
    const raw = src.startsWith('"""', start);
    let j = start + (raw ? 3 : 1);
    const contentStart = j;
    while (j < src.length) {
      if (raw && src.startsWith('"""', j)) {
        let end = j + 3;
        while (src[end] === '"') end++;
        blank(contentStart, end - 3);
        return end;
      }
      if (!raw && src[j] === '\\') {
        j += 2;
        continue;
      }
      if (!raw && src[j] === '"') {
        blank(contentStart, j);
        return j + 1;
      }
      if (src[j] === '$' && src[j + 1] === '{') {
        j = scanCode(j + 2, true);
        continue;
      }
      j++;
    }
    blank(contentStart, j);
    return j;
  };

  scanCode(0, false);
  return out.join('');
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index just after the bracket that closes the one at `open` (masked text). */
export function closeOf(m: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < m.length; i++) {
    const c = m[i];
    if (OPENERS[c]) stack.push(OPENERS[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) throw new Error(`unbalanced ${c} at ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`no close for bracket at ${open}`);
}

/** Index just after the `>` closing the `<` at `open`. */
export function closeAngle(m: string, open: number): number {
  let depth = 0;
  for (let i = open; i < m.length; i++) {
    if (m[i] === '<') depth++;
    else if (m[i] === '>' && m[i - 1] !== '-') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (m[i] === '(' || m[i] === '[' || m[i] === '{') i = closeOf(m, i) - 1;
  }
  throw new Error(`no close for < at ${open}`);
}

/** Splits [from, to) of the masked text at commas outside any brackets; returns [start, end) ranges. */
export function splitTopLevel(m: string, from: number, to: number, separator = ','): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let angle = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = m[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '<' && /[\w?>]/.test(m[i - 1] ?? '') && /[\w*(]/.test(m[i + 1] ?? '')) angle++;
    else if (c === '>' && angle > 0 && m[i - 1] !== '-') angle--;
    else if (c === separator && depth === 0 && angle === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  if (m.slice(start, to).trim()) parts.push([start, to]);
  return parts;
}

export interface Annotation {
  /** e.g. `JsonProperty`, with any use-site target (`get:`, `field:`) removed. */
  name: string;
  target?: string;
  /** Original text of the arguments, without the parentheses. */
  args: string;
}

const skipSpace = (m: string, i: number): number => {
  while (i < m.length && /\s/.test(m[i])) i++;
  return i;
};

/** Reads annotations starting at `i`; returns them and the index after the last one. */
export function readAnnotations(
  src: string,
  m: string,
  i: number,
): { annotations: Annotation[]; end: number } {
  const annotations: Annotation[] = [];
  i = skipSpace(m, i);
  while (m[i] === '@') {
    const match = /^@([\w.]+:)?([\w.]+)/.exec(m.slice(i));
    if (!match) break;
    let j = i + match[0].length;
    let args = '';
    const k = skipSpace(m, j);
    if (m[k] === '(' && !/\n\s*\n/.test(m.slice(j, k))) {
      const close = closeOf(m, k);
      args = src.slice(k + 1, close - 1);
      j = close;
    }
    const simple = match[2].split('.').pop() as string;
    annotations.push({ name: simple, target: match[1]?.slice(0, -1), args });
    i = skipSpace(m, j);
  }
  return { annotations, end: i };
}

/** The first string literal of an annotation's arguments (or of `value = "…"`). */
export function annotationString(a: Annotation | undefined): string | undefined {
  if (!a) return undefined;
  const named = /\bvalue\s*=\s*"([^"]*)"/.exec(a.args);
  if (named) return named[1];
  const first = /^\s*"([^"]*)"/.exec(a.args);
  return first?.[1];
}

export interface Param {
  name: string;
  /** `val`, `var` or undefined (a plain constructor parameter, not a property). */
  binding?: 'val' | 'var';
  modifiers: string[];
  annotations: Annotation[];
  type: string;
  defaultValue?: string;
}

const PARAM_MODIFIERS = new Set([
  'private',
  'protected',
  'internal',
  'public',
  'override',
  'open',
  'final',
  'vararg',
  'noinline',
  'crossinline',
  'lateinit',
  'const',
  'abstract',
]);

/** Parses one parameter (or property head) from [from, to). */
export function parseParam(src: string, m: string, from: number, to: number): Param | undefined {
  const { annotations, end } = readAnnotations(src, m, from);
  const rest = m.slice(end, to);
  const match = /^((?:[a-z]+\s+)*?)(?:(val|var)\s+)?([A-Za-z_]\w*|`[^`]+`)\s*:\s*/.exec(rest);
  if (!match) return undefined;
  const modifiers = match[1].split(/\s+/).filter((w) => w && PARAM_MODIFIERS.has(w));
  const typeStart = end + match[0].length;
  // the type ends at a top-level `=`
  let depth = 0;
  let typeEnd = to;
  for (let i = typeStart; i < to; i++) {
    const c = m[i];
    if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && m[i - 1] !== '-')) depth--;
    else if (
      c === '=' &&
      depth === 0 &&
      m[i + 1] !== '=' &&
      m[i - 1] !== '!' &&
      m[i - 1] !== '<' &&
      m[i - 1] !== '>'
    ) {
      typeEnd = i;
      break;
    }
  }
  const defaultValue = typeEnd < to ? src.slice(typeEnd + 1, to).trim() : undefined;
  return {
    name: match[3].replace(/`/g, ''),
    binding: match[2] as 'val' | 'var' | undefined,
    modifiers,
    annotations,
    type: m.slice(typeStart, typeEnd).trim().replace(/\s+/g, ' '),
    defaultValue,
  };
}

export interface KtMember {
  name: string;
  binding: 'val' | 'var';
  modifiers: string[];
  annotations: Annotation[];
  /** Declared type, or undefined when Kotlin infers it. */
  type?: string;
  initializer?: string;
  hasGetter: boolean;
}

export interface KtFunction {
  name: string;
  modifiers: string[];
  annotations: Annotation[];
  params: Param[];
  returnType?: string;
  /** [start, end) of the function, masked-text offsets in the file. */
  start: number;
  end: number;
  bodyStart: number;
}

export interface KtClass {
  name: string;
  /** Outer.Inner for nested classes. */
  nestedName: string;
  fqName: string;
  kind: 'class' | 'interface' | 'object';
  modifiers: string[];
  annotations: Annotation[];
  typeParams: string[];
  ctorParams: Param[];
  supertypes: string[];
  members: KtMember[];
  functions: KtFunction[];
  enumConstants: Array<{ name: string; args: string; annotations: Annotation[] }>;
  file: KtFile;
  outer?: KtClass;
  start: number;
  bodyStart?: number;
  bodyEnd?: number;
}

export interface KtFile {
  path: string;
  src: string;
  m: string;
  pkg: string;
  /** simple name (or alias) → fully qualified name */
  imports: Map<string, string>;
  starImports: string[];
  classes: KtClass[];
  /** top-level `val name = …` declarations: name → [start, end) of the initializer */
  topLevelVals: Map<string, [number, number]>;
  /** top-level functions */
  functions: KtFunction[];
}

const CLASS_MODIFIERS = new Set([
  'data',
  'open',
  'sealed',
  'enum',
  'abstract',
  'inner',
  'private',
  'internal',
  'public',
  'protected',
  'annotation',
  'value',
  'final',
  'fun',
  'companion',
  'expect',
  'actual',
]);

/** Walks back from `i` over annotations (`@Foo`, `@Foo(...)`) to where they start. */
function annotationsStartBefore(m: string, i: number): number {
  let start = i;
  for (;;) {
    let j = start - 1;
    while (j >= 0 && /\s/.test(m[j])) j--;
    if (j < 0) return start;
    if (m[j] === ')') {
      // find the matching '('
      let depth = 0;
      let k = j;
      for (; k >= 0; k--) {
        if (m[k] === ')') depth++;
        else if (m[k] === '(') {
          depth--;
          if (depth === 0) break;
        }
      }
      let n = k - 1;
      while (n >= 0 && /\s/.test(m[n])) n--;
      const word = /[@\w.:]+$/.exec(m.slice(Math.max(0, n - 200), n + 1));
      if (word && word[0].startsWith('@')) {
        start = n + 1 - word[0].length;
        continue;
      }
      return start;
    }
    const word = /[@\w.:]+$/.exec(m.slice(Math.max(0, j - 200), j + 1));
    if (word && word[0].startsWith('@')) {
      start = j + 1 - word[0].length;
      continue;
    }
    return start;
  }
}

export function parseFile(path: string, src: string): KtFile {
  const m = mask(src);
  const pkg = /^\s*package\s+([\w.]+)/m.exec(m)?.[1] ?? '';
  const imports = new Map<string, string>();
  const starImports: string[] = [];
  for (const im of m.matchAll(/^\s*import\s+([\w.]+)(\.\*)?(?:\s+as\s+(\w+))?/gm)) {
    if (im[2]) starImports.push(im[1]);
    else imports.set(im[3] ?? (im[1].split('.').pop() as string), im[1]);
  }
  const file: KtFile = {
    path,
    src,
    m,
    pkg,
    imports,
    starImports,
    classes: [],
    topLevelVals: new Map(),
    functions: [],
  };

  for (const decl of m.matchAll(/(?<![\w:.@])(class|interface|object)\s+([A-Za-z_]\w*)/g)) {
    const kind = decl[1] as KtClass['kind'];
    const declStart = decl.index as number;
    // modifiers before the keyword
    const before = m.slice(Math.max(0, declStart - 120), declStart);
    const modMatch = /((?:\b[a-z]+\s+)*)$/.exec(before);
    const modifiers = (modMatch?.[1] ?? '').split(/\s+/).filter((w) => CLASS_MODIFIERS.has(w));
    if (modifiers.includes('companion')) continue;
    const modStart = declStart - (modMatch?.[1].length ?? 0);
    const annStart = annotationsStartBefore(m, modStart);
    const annotations = readAnnotations(src, m, annStart).annotations;

    let i = declStart + decl[0].length;
    const typeParams: string[] = [];
    if (m[i] === '<') {
      const close = closeAngle(m, i);
      for (const [a, b] of splitTopLevel(m, i + 1, close - 1))
        typeParams.push(m.slice(a, b).trim().split(/[\s:]/)[0]);
      i = close;
    }
    // optional `private constructor`, annotations, then the primary constructor
    let j = skipSpace(m, i);
    const ctorPrefix = /^(?:@[\w.]+\s*)*(?:(?:private|internal|protected|public)\s+)?constructor\s*/.exec(
      m.slice(j),
    );
    if (ctorPrefix) j += ctorPrefix[0].length;
    const ctorParams: Param[] = [];
    if (m[j] === '(' && !/\n\s*\n/.test(m.slice(i, j))) {
      const close = closeOf(m, j);
      for (const [a, b] of splitTopLevel(m, j + 1, close - 1)) {
        const p = parseParam(src, m, a, b);
        if (p) ctorParams.push(p);
      }
      i = close;
    }
    // supertypes
    const supertypes: string[] = [];
    j = skipSpace(m, i);
    if (m[j] === ':') {
      let k = j + 1;
      let depth = 0;
      let end = m.length;
      for (; k < m.length; k++) {
        const c = m[k];
        if (c === '(' || c === '<' || c === '[') depth++;
        else if (c === ')' || (c === '>' && m[k - 1] !== '-') || c === ']') depth--;
        else if (depth === 0 && c === '{') {
          end = k;
          break;
        } else if (depth === 0 && c === '\n') {
          const prev = m.slice(j + 1, k).trimEnd();
          const next = m.slice(k).trimStart();
          if (!prev.endsWith(',') && !next.startsWith(',') && !next.startsWith('{')) {
            end = k;
            break;
          }
        }
      }
      for (const [a, b] of splitTopLevel(m, j + 1, end)) {
        const t = m.slice(a, b).trim();
        if (t)
          supertypes.push(
            t
              .replace(/\(.*$/s, '')
              .replace(/\s+by\s+.*$/s, '')
              .trim(),
          );
      }
      i = end;
    }
    let bodyStart: number | undefined;
    let bodyEnd: number | undefined;
    j = skipSpace(m, i);
    if (m[j] === '{') {
      bodyStart = j;
      bodyEnd = closeOf(m, j);
    }
    file.classes.push({
      name: decl[2],
      nestedName: decl[2],
      fqName: '',
      kind,
      modifiers,
      annotations,
      typeParams,
      ctorParams,
      supertypes,
      members: [],
      functions: [],
      enumConstants: [],
      file,
      start: annStart,
      bodyStart,
      bodyEnd,
    });
  }

  // nesting: the innermost class whose body contains this declaration
  for (const c of file.classes) {
    let best: KtClass | undefined;
    for (const o of file.classes) {
      if (o === c || o.bodyStart === undefined || o.bodyEnd === undefined) continue;
      if (o.bodyStart < c.start && c.start < o.bodyEnd && (!best || o.bodyStart > (best.bodyStart as number)))
        best = o;
    }
    c.outer = best;
  }
  for (const c of file.classes) {
    const names: string[] = [];
    for (let k: KtClass | undefined = c; k; k = k.outer) names.unshift(k.name);
    c.nestedName = names.join('.');
    c.fqName = pkg ? `${pkg}.${c.nestedName}` : c.nestedName;
  }
  for (const c of file.classes) readBody(c);
  readTopLevelVals(file);
  file.functions = readFunctions(src, m, 0, m.length);
  return file;
}

/** Offsets in [from, to) that sit directly in this body: not inside nested brackets. */
function depthZeroMatches(m: string, from: number, to: number, re: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let depth = 0;
  const marks = new Int8Array(to - from);
  for (let i = from; i < to; i++) {
    const c = m[i];
    if (c === '(' || c === '[' || c === '{') {
      marks[i - from] = depth;
      depth++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') depth--;
    marks[i - from] = depth;
  }
  const slice = m.slice(from, to);
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const match of slice.matchAll(global)) {
    if (marks[match.index as number] === 0) {
      const copy = Object.assign([...match], {
        index: (match.index as number) + from,
        input: m,
        groups: match.groups,
      }) as RegExpExecArray;
      found.push(copy);
    }
  }
  return found;
}

function readBody(c: KtClass): void {
  if (c.bodyStart === undefined || c.bodyEnd === undefined) return;
  const { src, m } = c.file;
  let from = c.bodyStart + 1;
  const to = c.bodyEnd - 1;

  if (c.modifiers.includes('enum')) {
    // constants come first, up to the first top-level ';'
    let end = to;
    let depth = 0;
    for (let i = from; i < to; i++) {
      const ch = m[i];
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') depth--;
      else if (ch === ';' && depth === 0) {
        end = i;
        break;
      }
    }
    for (const [a, b] of splitTopLevel(m, from, end)) {
      const { annotations, end: afterAnn } = readAnnotations(src, m, a);
      const head = /^\s*([A-Za-z_]\w*)\s*(\()?/.exec(m.slice(afterAnn, b));
      if (!head) continue;
      let args = '';
      if (head[2]) {
        const open = afterAnn + head[0].length - 1;
        args = src.slice(open + 1, closeOf(m, open) - 1);
      }
      c.enumConstants.push({ name: head[1], args, annotations });
    }
    from = end;
  }

  for (const match of depthZeroMatches(m, from, to, /(?<![\w.])(val|var)\s+([A-Za-z_]\w*)(\s*\.)?/)) {
    if (match[3]) continue; // extension property
    const at = match.index as number;
    const modStart = at - (/((?:\b[a-z]+\s+)*)$/.exec(m.slice(Math.max(0, at - 80), at))?.[1].length ?? 0);
    const modifiers = m
      .slice(modStart, at)
      .split(/\s+/)
      .filter((w) => PARAM_MODIFIERS.has(w));
    const annotations = readAnnotations(src, m, annotationsStartBefore(m, modStart)).annotations;
    let i = at + match[0].length;
    let type: string | undefined;
    const afterName = m.slice(i);
    const typeMatch = /^\s*:\s*/.exec(afterName);
    const lineEnd = m.indexOf('\n', i) === -1 ? to : m.indexOf('\n', i);
    if (typeMatch) {
      i += typeMatch[0].length;
      let k = i;
      let depth = 0;
      for (; k < to; k++) {
        const ch = m[k];
        if (ch === '<' || ch === '(') depth++;
        else if (ch === '>' || ch === ')') depth--;
        else if (depth === 0 && (ch === '=' || ch === '\n' || /^get\s*\(/.test(m.slice(k)))) break;
      }
      type = m.slice(i, k).trim();
      i = k;
    }
    const rest = m.slice(i, Math.min(to, lineEnd + 400));
    const initializer =
      /^\s*=\s*(.*)/.exec(m.slice(i, lineEnd))?.[1] !== undefined
        ? src
            .slice(i, lineEnd)
            .replace(/^\s*=\s*/, '')
            .trim()
        : undefined;
    const hasGetter = /^\s*(?:\n\s*)?get\s*\(/.test(rest);
    c.members.push({
      name: match[2],
      binding: match[1] as 'val' | 'var',
      modifiers,
      annotations,
      type,
      initializer,
      hasGetter,
    });
  }

  c.functions = readFunctions(src, m, from, to);
}

function readFunctions(src: string, m: string, from: number, to: number): KtFunction[] {
  const functions: KtFunction[] = [];
  for (const match of depthZeroMatches(
    m,
    from,
    to,
    /(?<![\w.])fun\s+(?:<[^>]*>\s*)?([A-Za-z_][\w.]*)\s*\(/,
  )) {
    const at = match.index as number;
    if (match[1].includes('.')) continue; // extension function
    const modStart = at - (/((?:\b[a-z]+\s+)*)$/.exec(m.slice(Math.max(0, at - 80), at))?.[1].length ?? 0);
    const modifiers = m
      .slice(modStart, at)
      .split(/\s+/)
      .filter((w) => w);
    const annotations = readAnnotations(src, m, annotationsStartBefore(m, modStart)).annotations;
    const open = at + match[0].length - 1;
    const close = closeOf(m, open);
    const params = splitTopLevel(m, open + 1, close - 1)
      .map(([a, b]) => parseParam(src, m, a, b))
      .filter((p): p is Param => !!p);
    let k = skipSpace(m, close);
    let returnType: string | undefined;
    if (m[k] === ':') {
      let e = k + 1;
      let depth = 0;
      for (; e < to; e++) {
        const ch = m[e];
        if (ch === '<' || ch === '(') depth++;
        else if ((ch === '>' && m[e - 1] !== '-') || ch === ')') depth--;
        else if (depth === 0 && (ch === '{' || ch === '=' || ch === '\n')) break;
      }
      returnType = m.slice(k + 1, e).trim();
      k = skipSpace(m, e);
    }
    let end: number;
    const bodyStart = k;
    if (m[k] === '{') end = closeOf(m, k);
    else if (m[k] === '=') {
      // expression body: runs to the next member at this depth
      const next = depthZeroMatches(
        m,
        k + 1,
        to,
        /\n\s*(?:@|(?:(?:private|public|internal|protected|override|open|suspend|inline)\s+)*(?:fun|val|var|class|data|enum|object|companion|init)\b)/,
      )[0];
      end = next ? (next.index as number) : to;
    } else end = k;
    functions.push({ name: match[1], modifiers, annotations, params, returnType, start: at, end, bodyStart });
  }

  return functions;
}

function readTopLevelVals(file: KtFile): void {
  const { m } = file;
  for (const match of depthZeroMatches(
    m,
    0,
    m.length,
    /^(?:(?:private|internal|public|const)\s+)*val\s+(\w+)(?:\s*:[^=\n]+)?\s*=\s*/m,
  )) {
    const start = (match.index as number) + match[0].length;
    // the initializer runs to the next top-level declaration
    const next = depthZeroMatches(m, start, m.length, /\n(?=\S)/)[0];
    file.topLevelVals.set(match[1], [start, next ? (next.index as number) : m.length]);
  }
}

/** A parsed Kotlin type: `List<Foo?>?` → { name: 'List', args: [{ name: 'Foo', nullable: true }], nullable: true }. */
export interface KtType {
  name: string;
  args: KtType[];
  nullable: boolean;
}

export function parseType(text: string): KtType {
  let i = 0;
  const s = text.replace(/\s+/g, ' ').trim();
  const ws = (): void => {
    while (s[i] === ' ') i++;
  };
  const one = (): KtType => {
    ws();
    if (s[i] === '(') {
      // function type or parenthesised type: treat as opaque
      let depth = 0;
      const start = i;
      for (; i < s.length; i++) {
        if (s[i] === '(') depth++;
        else if (s[i] === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      i++;
      const rest = /^\s*->\s*/.exec(s.slice(i));
      if (rest) {
        i += rest[0].length;
        one();
      }
      return { name: `(${s.slice(start, i)})`, args: [], nullable: false };
    }
    const name = /^(?:(?:out|in)\s+)?([\w.*]+)/.exec(s.slice(i));
    if (!name) throw new Error(`cannot parse type "${text}"`);
    i += name[0].length;
    const args: KtType[] = [];
    ws();
    if (s[i] === '<') {
      i++;
      for (;;) {
        args.push(one());
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '>') {
          i++;
          break;
        }
        throw new Error(`cannot parse type "${text}" at ${i}`);
      }
    }
    ws();
    let nullable = false;
    if (s[i] === '?') {
      nullable = true;
      i++;
    }
    return { name: name[1], args, nullable };
  };
  const t = one();
  return t;
}

export function typeToString(t: KtType): string {
  return `${t.name}${t.args.length ? `<${t.args.map(typeToString).join(', ')}>` : ''}${t.nullable ? '?' : ''}`;
}
