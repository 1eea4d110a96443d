import { CaseLog } from '../harness/case-log';
import { capturedLogFiles, registeredSecrets } from '../harness/run-dir';

/** A JWT (header.payload.signature, base64url, JSON header): bearer tokens have this shape. */
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/;
/** An Authorization value whose credential was written out rather than censored. */
const CREDENTIAL_HEADER = /"authorization"\s*:\s*"(?!\[REDACTED\])[^"]+"/i;

// Runs last (see sequencer.js): every earlier suite saved what its apps logged, in-process and as child processes.
describe('all apps', () => {
  it('logged no bearer token, password, client secret or PFX password anywhere in the run', () => {
    const secrets = registeredSecrets();
    const files = capturedLogFiles();
    const log = new CaseLog();
    expect(files.length).toBeGreaterThan(0);
    expect(secrets.length).toBeGreaterThan(0);
    for (const { name, text } of files) {
      const lines = text.split('\n');
      const leaked = secrets.filter((secret) => text.includes(secret));
      const leakLines = leaked.map(
        (secret) => lines.find((line) => line.includes(secret))?.slice(0, 300) ?? '',
      );
      log.check(
        `${name}.log (${lines.length} lines) holds none of the ${secrets.length} secrets used`,
        leaked.map((secret, index) => `${secret.slice(0, 12)}… in: ${leakLines[index]}`),
      );
      const jwt = lines.find((line) => JWT.test(line));
      log.check(`${name}.log holds no JWT`, jwt ? [jwt.slice(0, 300)] : []);
      const header = lines.find((line) => CREDENTIAL_HEADER.test(line));
      log.check(`${name}.log holds no uncensored Authorization header`, header ? [header.slice(0, 300)] : []);
    }
    log.note(
      `${files.length} log files, ${files.reduce((sum, file) => sum + file.text.split('\n').length, 0)} lines, ${secrets.length} secrets checked`,
    );
    log.finish();
  });
});
