import { http } from './http';
import type { MintTokenOptions } from './stubs-admin-api';

export type { MintTokenOptions };

/** A real RS256 token from the stub HMPPS Auth at `stubsUrl`, with the roles, client and lifetime asked for. */
export async function mintToken(stubsUrl: string, options: MintTokenOptions = {}): Promise<string> {
  const response = await http(stubsUrl).post('/__admin/token', { body: options });
  if (response.status !== 200 || typeof response.body?.access_token !== 'string') {
    throw new Error(`Minting a token at ${stubsUrl} failed with ${response.status}: ${response.text}`);
  }
  return response.body.access_token;
}
