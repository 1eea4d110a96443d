import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KtClass, KtFile, parseFile } from './kotlin-scan';

/** Every Kotlin file of a source tree, and name resolution across them as the Kotlin compiler does it. */
export class KotlinIndex {
  readonly files: KtFile[] = [];
  private readonly byFq = new Map<string, KtClass>();
  private readonly bySimple = new Map<string, KtClass[]>();
  private readonly packages = new Map<string, KtClass[]>();

  /** @param root the repository checkout; `dirs` are read recursively below it */
  constructor(
    readonly root: string,
    dirs: string[],
  ) {
    for (const dir of dirs) this.readDir(join(root, dir));
    for (const file of this.files) {
      for (const c of file.classes) {
        this.byFq.set(c.fqName, c);
        this.bySimple.set(c.name, [...(this.bySimple.get(c.name) ?? []), c]);
        if (!c.outer) this.packages.set(file.pkg, [...(this.packages.get(file.pkg) ?? []), c]);
      }
    }
  }

  private readDir(dir: string): void {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) this.readDir(path);
      else if (name.endsWith('.kt'))
        this.files.push(parseFile(relative(this.root, path), readFileSync(path, 'utf8')));
    }
  }

  classByFq(fq: string): KtClass | undefined {
    return this.byFq.get(fq);
  }

  classesNamed(simple: string): KtClass[] {
    return this.bySimple.get(simple) ?? [];
  }

  file(path: string): KtFile | undefined {
    return this.files.find((f) => f.path === path);
  }

  /**
   * Resolves a (possibly qualified) class name as seen from `scope` (a class, or a file for top-level
   * code): nested classes of the scope and its outers, the file, explicit imports, the package, star
   * imports; with `anywhere`, a name that is still unknown but unique in the tree is accepted.
   */
  resolve(name: string, scope: KtClass | KtFile, anywhere = false): KtClass | undefined {
    const file = 'src' in scope ? scope : scope.file;
    const [head, ...rest] = name.split('.');
    const descend = (c: KtClass | undefined, path: string[]): KtClass | undefined => {
      let current = c;
      for (const part of path) current = current && this.byFq.get(`${current.fqName}.${part}`);
      return current;
    };
    if (this.byFq.has(name)) return this.byFq.get(name);
    if (!('src' in scope)) {
      for (let c: KtClass | undefined = scope; c; c = c.outer) {
        const nested = this.byFq.get(`${c.fqName}.${head}`);
        if (nested) return descend(nested, rest);
        if (c.name === head) return descend(c, rest);
      }
    }
    const local = file.classes.find((c) => !c.outer && c.name === head);
    if (local) return descend(local, rest);
    const imported = file.imports.get(head);
    if (imported) {
      const c = this.byFq.get(imported);
      if (c) return descend(c, rest);
    }
    const samePackage = this.byFq.get(file.pkg ? `${file.pkg}.${head}` : head);
    if (samePackage) return descend(samePackage, rest);
    for (const star of file.starImports) {
      const c = this.byFq.get(`${star}.${head}`);
      if (c) return descend(c, rest);
    }
    if (!anywhere) return undefined;
    const candidates = this.classesNamed(head).filter((c) => !c.outer);
    if (candidates.length === 1) return descend(candidates[0], rest);
    return undefined;
  }
}
