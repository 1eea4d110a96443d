/** LRS response codes and the `responseType` text the API shows for each; any other code shows `""`. */
const RESPONSE_TYPES: Record<string, string> = {
  WSRC0001: 'No Match',
  WSRC0002: 'Too Many Matches',
  WSRC0003: 'Possible Match',
  WSRC0004: 'Exact Match',
  WSRC0022: 'Linked Learner Match',
  WSEC0206: 'Learner opted to not share data',
  WSEC0208: 'Learner could not be verified',
};

export const POSSIBLE_MATCH = RESPONSE_TYPES.WSRC0003;

export function responseTypeFor(code: string | undefined): string {
  return (code !== undefined && RESPONSE_TYPES[code]) || '';
}
