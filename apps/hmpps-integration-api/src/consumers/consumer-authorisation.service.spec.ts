import { AppConfig, readConfig, REQUIRED_ENV } from '../config';
import { ConsumerAuthorisationService } from './consumer-authorisation.service';

function configWith(authorisationConfigPath: string): AppConfig {
  const env = Object.fromEntries(REQUIRED_ENV.map((name) => [name, `http://localhost/${name}`]));
  return new AppConfig({ ...readConfig(env), authorisationConfigPath });
}

describe('ConsumerAuthorisationService', () => {
  it('stops start-up when the authorisation config cannot be read', () => {
    expect(() => new ConsumerAuthorisationService(configWith('/nonexistent/authorisation.yaml'))).toThrow(
      'AUTHORISATION_CONFIG: cannot read /nonexistent/authorisation.yaml',
    );
  });
});
