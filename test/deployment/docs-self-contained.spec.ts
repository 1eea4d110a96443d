import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * A reader of this repository has only this repository: its docs may name public reference repositories,
 * but never a file outside the checkout (a sibling `shared/` folder, a spec by section number).
 */
describe('documentation stands alone', () => {
  const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

  it('covers the READMEs and docs', () => {
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'libs/README.md', 'docs/messaging.md']));
  });

  it.each(markdown)('%s points at nothing outside the repository', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    const outside = lines
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => /(^|[\s`(])(\.\.\/)+shared\/|shared\/spec\/|\bspec §/.test(line));
    expect(outside.map(({ number, line }) => `${file}:${number}: ${line.trim()}`)).toEqual([]);
  });
});
