import { readRepoFile } from './suite';

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

/** docker/Dockerfile as stages of instructions: comments dropped, continuation lines joined. */
export function dockerfileStages(text = readRepoFile('docker/Dockerfile')): { globalArgs: Instruction[]; stages: Stage[] } {
  const lines: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    pending += line;
    if (/\\\s*$/.test(pending)) {
      pending = pending.replace(/\\\s*$/, '');
      continue;
    }
    if (pending.trim()) lines.push(pending.trim());
    pending = '';
  }
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line) as RegExpExecArray;
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) as RegExpExecArray;
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else if (stages.length === 0) {
      globalArgs.push(instruction);
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

/** The exec-form command of a HEALTHCHECK (options dropped) or CMD instruction. */
export function execForm(args: string): string[] {
  const json = args.replace(/^(--\S+\s+)*/, '').replace(/^CMD\s+/, '');
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error(`not an exec-form command: ${args}`);
  return parsed as string[];
}
