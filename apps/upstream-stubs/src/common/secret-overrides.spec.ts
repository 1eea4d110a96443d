import { loadVeraFixtures } from '../vera/vera-fixtures';
import { secretOverrides } from './secret-overrides';

describe('client secrets a run gives the stand-ins', () => {
  it('are read as client id → secret, and none when the variable is unset', () => {
    expect(secretOverrides('X', { X: '{"a":"one"}' })).toEqual({ a: 'one' });
    expect(secretOverrides('X', {})).toEqual({});
  });

  it('refuse anything but an object of strings, naming the variable', () => {
    expect(() => secretOverrides('X', { X: '{"a":1}' })).toThrow(
      'X must be a JSON object of client id → secret',
    );
    expect(() => secretOverrides('X', { X: '["a"]' })).toThrow('X must be a JSON object');
  });

  it("replace a VERA Entra client's fixture secret (STUB_VERA_CLIENT_SECRETS), leaving the others", () => {
    const [first, second] = loadVeraFixtures().clients;
    process.env.STUB_VERA_CLIENT_SECRETS = JSON.stringify({ [first.clientId]: 'run-own-secret' });
    try {
      const clients = loadVeraFixtures().clients;
      expect(clients[0].clientSecret).toBe('run-own-secret');
      expect(clients[1].clientSecret).toBe(second.clientSecret);
    } finally {
      delete process.env.STUB_VERA_CLIENT_SECRETS;
    }
  });
});
