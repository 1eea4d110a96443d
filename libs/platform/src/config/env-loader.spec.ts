import { IsOptional } from 'class-validator';
import { ConfigProblems, loadEnv, requiredVariables } from './env-loader';
import { EnvBoolean, EnvInteger, EnvParsed, EnvSecret, EnvUrl, isPlaceholderSecret } from './env-rules';
import { DatabaseEnv } from './platform-env';

class ExampleEnv extends DatabaseEnv {
  @EnvUrl()
  UPSTREAM_URL!: string;

  @EnvSecret()
  UPSTREAM_SECRET!: string;

  @IsOptional()
  @EnvInteger({ min: 1, max: 10 })
  RETRIES = 2;

  @IsOptional()
  @EnvBoolean()
  SECURE = true;
}

const valid = { UPSTREAM_URL: 'http://upstream:8080/base', UPSTREAM_SECRET: 's3cr3t-from-the-vault' };
const problemsOf = (source: Record<string, string | undefined>): readonly string[] => {
  try {
    loadEnv('example', ExampleEnv, source);
  } catch (error) {
    if (error instanceof ConfigProblems) return error.problems;
    throw error;
  }
  return [];
};

describe('loadEnv', () => {
  it('converts values, applies defaults, and reads only the declared variables', () => {
    const env = loadEnv('example', ExampleEnv, { ...valid, RETRIES: ' 5 ', SECURE: 'FALSE', OTHER: 'x' });
    expect(env).toBeInstanceOf(ExampleEnv);
    expect(env).toMatchObject({ ...valid, RETRIES: 5, SECURE: false, ALLOW_EMBEDDED_DATABASE: false });
    expect('OTHER' in env).toBe(false);
    expect(Object.isFrozen(env)).toBe(true);
  });

  it('reports every problem at once, naming the variable and never its value', () => {
    const source = {
      UPSTREAM_URL: 'ftp://upstream',
      UPSTREAM_SECRET: '',
      RETRIES: '11',
      SECURE: 'yes',
      PORT: '70000',
    };
    expect(problemsOf(source)).toEqual([
      'UPSTREAM_URL must be an http or https URL',
      'UPSTREAM_SECRET is required',
      'RETRIES must be at most 10',
      'SECURE must be true or false',
      'PORT must be at most 65535',
    ]);
    const error = (() => {
      try {
        return loadEnv('example', ExampleEnv, source);
      } catch (failure) {
        return failure as Error;
      }
    })();
    expect((error as Error).message).toMatch(
      /^example cannot start: UPSTREAM_URL must be an http or https URL; /,
    );
    expect((error as Error).message).not.toContain('ftp://upstream');
  });

  it('treats blank values as unset, so defaults and "is required" apply', () => {
    expect(problemsOf({ ...valid, UPSTREAM_SECRET: '   ', RETRIES: '' })).toEqual([
      'UPSTREAM_SECRET is required',
    ]);
  });

  describe('production fails closed', () => {
    const production = { ...valid, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' };

    it('starts with a real secret and a database server', () => {
      expect(problemsOf(production)).toEqual([]);
    });

    it('refuses the embedded database unless explicitly allowed', () => {
      expect(problemsOf({ ...production, DATABASE_URL: undefined })).toEqual([
        'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
      ]);
      expect(problemsOf({ ...production, DATABASE_URL: undefined, ALLOW_EMBEDDED_DATABASE: 'true' })).toEqual(
        [],
      );
      expect(problemsOf({ ...valid, DATABASE_URL: undefined })).toEqual([]);
    });

    it.each([
      'change-me',
      'hmpps-integration-api-local-secret',
      'stub-secret-parity-provider',
      'local-des-token',
    ])('refuses the placeholder or local secret %s', (secret) => {
      expect(problemsOf({ ...production, UPSTREAM_SECRET: secret })).toEqual([
        'UPSTREAM_SECRET holds a placeholder or local value, refused in production',
      ]);
      expect(problemsOf({ ...valid, UPSTREAM_SECRET: secret })).toEqual([]);
    });
  });

  it('checks the HTTP timeouts against each other', () => {
    expect(
      problemsOf({ ...valid, HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' }),
    ).toEqual(['HTTP_HEADERS_TIMEOUT_MS must not be more than HTTP_REQUEST_TIMEOUT_MS']);
    expect(problemsOf({ ...valid, HTTP_IDLE_TIMEOUT_MS: '0' })).toEqual([
      'HTTP_IDLE_TIMEOUT_MS must be at least 1',
    ]);
  });

  it('lists the variables without a default or a condition as required', () => {
    expect(requiredVariables(ExampleEnv)).toEqual(['UPSTREAM_URL', 'UPSTREAM_SECRET']);
  });

  it("reports the message of a variable's own parser, which sees the other variables", () => {
    class ParsedEnv {
      @EnvParsed('pair', (value, env) => {
        if (typeof value !== 'string' || !/^\w+:\w+$/.test(value)) throw new Error('PAIR must look like a:b');
        if (env.STRICT === 'yes' && value.startsWith('x'))
          throw new Error('PAIR must not start with x when STRICT');
      })
      PAIR!: string;

      @IsOptional()
      STRICT?: string;
    }
    expect(loadEnv('example', ParsedEnv, { PAIR: 'a:b' }).PAIR).toBe('a:b');
    const problems = (source: Record<string, string>) => {
      try {
        loadEnv('example', ParsedEnv, source);
        return [];
      } catch (error) {
        return (error as ConfigProblems).problems;
      }
    };
    expect(problems({ PAIR: 'secret-value' })).toEqual(['PAIR must look like a:b']);
    expect(problems({ PAIR: 'x:y', STRICT: 'yes' })).toEqual(['PAIR must not start with x when STRICT']);
  });

  it('knows a real-looking secret from a placeholder', () => {
    expect(isPlaceholderSecret('f3a9c2e1b7d64f0a9e8d7c6b5a4f3e2d')).toBe(false);
    expect(isPlaceholderSecret('Change-Me')).toBe(true);
  });
});
