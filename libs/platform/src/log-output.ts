import pino, { type DestinationStream } from 'pino';

/** Past this many characters waiting for the reader, a write waits for the reader to catch up. */
export const MAX_WAITING_LOG_CHARS = 8 * 1024 * 1024;

export interface LogOutput extends DestinationStream {
  /** Characters accepted but not yet written to the file descriptor (approximate: bytes are counted back). */
  waiting(): number;
}

/**
 * Log lines to a file descriptor (stdout in production), written asynchronously: lines that arrive while
 * a write is in flight go out together, where a synchronous write per line to a pipe was 18% of a busy
 * app's CPU. The buffer is bounded: if the reader (the container runtime, a log shipper) falls behind by
 * more than `maxWaitingChars`, the app writes synchronously until it has caught up, so a slow reader
 * slows the app down rather than growing its memory without limit or losing lines (an audit trail goes
 * this way). pino flushes what is left when the process exits.
 */
export function asyncLogOutput(fd: number, maxWaitingChars = MAX_WAITING_LOG_CHARS): LogOutput {
  const boom = pino.destination({ dest: fd, sync: false });
  let waiting = 0;
  boom.on('write', (written: number) => {
    waiting = Math.max(0, waiting - written);
  });
  return {
    write(line: string) {
      boom.write(line);
      waiting += line.length;
      if (waiting > maxWaitingChars) {
        boom.flushSync();
        waiting = 0;
      }
    },
    waiting: () => waiting,
  };
}
