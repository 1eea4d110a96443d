// Run by openapi-checks.ts as a child process, because openapi-typescript and @redocly/openapi-core load
// ES modules that jest's module system cannot. Reads an OpenAPI document (JSON) on stdin and prints the
// problems a consumer of it would trip over, one JSON array of lines.
import { fileURLToPath } from 'node:url';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

// Read as a stream: a synchronous read of a pipe can fail with EAGAIN when the parent writes slowly.
let source = '';
for await (const chunk of process.stdin) source += chunk;
const document = JSON.parse(source);

const config = await loadConfig({ configPath: fileURLToPath(new URL('../../../redocly.yaml', import.meta.url)) });
const lint = await lintFromString({ source, absoluteRef: '/openapi.json', config });
const problems = lint
  .filter((problem) => problem.severity === 'error')
  .map((problem) => `redocly ${problem.ruleId}: ${problem.message} at ${problem.location.map((l) => l.pointer).join(', ')}`);

// openapi-typescript types a response documented without a schema as `content?: never`, which leaves a
// caller of the generated client nothing to read: the client must generate, and every response with a
// body needs a schema in it.
const generated = astToString(await openapiTS(document));
if (!generated.includes('export interface paths')) problems.push('openapi-typescript generated no paths interface');
for (const [path, item] of Object.entries(document.paths ?? {})) {
  for (const [method, operation] of Object.entries(item)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      // No content, a redirect (its `Location` is the answer) and HEAD have no body to type.
      if (status === '204' || status.startsWith('3') || method === 'head') continue;
      const schemas = Object.values(response.content ?? {}).map((media) => media.schema);
      if (schemas.length === 0 || schemas.some((schema) => schema === undefined)) {
        problems.push(`${method.toUpperCase()} ${path} ${status}: no response body type (the generated client types it never)`);
      }
    }
  }
}
process.stdout.write(JSON.stringify(problems));
