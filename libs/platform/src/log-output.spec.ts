import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncLogOutput } from './log-output';

describe('asyncLogOutput', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'log-output-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never holds more than its bound for a reader that falls behind, and loses no line', async () => {
    const fifo = join(dir, 'stdout');
    const received = join(dir, 'received');
    execFileSync('mkfifo', [fifo]);
    // The reader starts late, as a stalled log shipper would; until then the pipe fills up.
    const reader = spawn('sh', ['-c', `sleep 0.3; cat "${fifo}" > "${received}"`]);
    const readerDone = new Promise((resolve) => reader.on('exit', resolve));
    const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    const bound = 64 * 1024;
    const output = asyncLogOutput(fd, bound);
    const line = `${JSON.stringify({ level: 30, msg: 'x'.repeat(200) })}\n`;
    let mostWaiting = 0;
    for (let i = 0; i < 5000; i++) {
      output.write(line);
      mostWaiting = Math.max(mostWaiting, output.waiting());
    }
    expect(mostWaiting).toBeLessThanOrEqual(bound + line.length);
    // Everything left goes out once the reader reads; then closing the writer ends the reader.
    await new Promise<void>((resolve) => {
      const check = () => (output.waiting() === 0 ? resolve() : setTimeout(check, 20));
      check();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    closeSync(fd);
    await readerDone;
    const lines = readFileSync(received, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(5000);
    expect(new Set(lines)).toEqual(new Set([line.trim()]));
  });
});
