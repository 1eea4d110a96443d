import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, QueryFailedError, Repository } from 'typeorm';
import { VERA_CONFIG, VeraConfig } from '../config';
import { SecretCipher } from '../crypto/secret-cipher';
import { VeraFailure } from '../errors/vera-problem';
import { ConnectionCheck } from '../upstream/connection-check';
import { ProviderConnections } from '../upstream/provider-connections';
import { ProviderCredentials } from './provider-credentials';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { ProviderEntity } from './provider.entity';
import { ConnectionCheckView, ProviderView } from './provider.view';

const UNIQUE_VIOLATION = '23505';

export function providerNotFound(ukprn: string): VeraFailure {
  return new VeraFailure('PROVIDER_NOT_FOUND', `No provider is registered for UKPRN ${ukprn}`);
}

function conflict(developerMessage: string): VeraFailure {
  return new VeraFailure('PROVIDER_CONFLICT', developerMessage);
}

function credentialsRejected(check: ConnectionCheck): VeraFailure {
  return new VeraFailure(
    'PROVIDER_CREDENTIALS_REJECTED',
    `${check.detail ?? 'Entra refused the credentials'}; nothing was saved`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === UNIQUE_VIOLATION
  );
}

/** The fields a token depends on: changing any of them is tested with Entra before it is stored. */
const CREDENTIAL_FIELDS = ['clientId', 'clientSecret', 'tenantId', 'resource'] as const;

/** The provider registry: the single configured provider (if any) plus the providers in the database. */
@Injectable()
export class ProvidersService {
  /** The configured provider's last test, kept in memory (it has no row). */
  private configuredCheck?: ConnectionCheck;

  /**
   * Each registered provider's secret as last opened, with the sealed form it came from. The row is still
   * read on every call, so a changed or resealed secret (a new ciphertext, from any replica) is opened
   * afresh and a removed provider is refused at once; only the decryption of an unchanged ciphertext is
   * not repeated per request (it was ~5 % of a registry provider's request CPU, measured). The plaintext
   * is held no longer than the provider's connection holds it for its token requests.
   */
  private readonly openedSecrets = new Map<string, { keyId: string; payload: string; secret: string }>();

  constructor(
    @InjectRepository(ProviderEntity) private readonly providers: Repository<ProviderEntity>,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
    private readonly cipher: SecretCipher,
    private readonly connections: ProviderConnections,
  ) {}

  async credentialsFor(ukprn: string): Promise<ProviderCredentials> {
    const single = this.config.singleProvider;
    if (single?.ukprn === ukprn) {
      return { ...single, tenantId: this.config.defaultTenantId, resource: this.config.defaultResource };
    }
    return this.credentialsOf(await this.find(ukprn));
  }

  async list(): Promise<ProviderView[]> {
    const stored = await this.providers.find({ order: { ukprn: 'ASC' } });
    const configured = this.configuredView();
    return [...(configured ? [configured] : []), ...stored.map((entity) => this.view(entity))];
  }

  async get(ukprn: string): Promise<ProviderView> {
    const configured = this.configuredView();
    return configured?.ukprn === ukprn ? configured : this.view(await this.find(ukprn));
  }

  /** Tests the credentials with Entra first: refused ones are never stored (422), untestable ones are flagged. */
  async create(input: CreateProviderDto): Promise<ProviderView> {
    this.refuseConfigured(input.ukprn, input.clientId);
    if (await this.providers.existsBy({ ukprn: input.ukprn })) {
      throw conflict(`UKPRN ${input.ukprn} is already registered`);
    }
    await this.refuseTakenClientId(input.clientId, input.ukprn);
    const check = await this.testOrRefuse({
      ukprn: input.ukprn,
      displayName: input.displayName,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
      tenantId: input.tenantId ?? this.config.defaultTenantId,
      resource: input.resource ?? this.config.defaultResource,
    });
    const entity = this.providers.create({
      ukprn: input.ukprn,
      displayName: input.displayName,
      clientId: input.clientId,
      tenantId: input.tenantId ?? null,
      resource: input.resource ?? null,
      connectionStatus: check.status,
      connectionCheckedAt: check.checkedAt,
      ...this.seal(input.clientSecret, input.ukprn),
    });
    try {
      // insert (not save) so that an existing UKPRN is a conflict rather than an overwrite.
      await this.providers.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`UKPRN ${input.ukprn} or client id ${input.clientId} is already registered`);
      throw error;
    }
    return this.view(await this.find(input.ukprn), check);
  }

  async update(ukprn: string, input: UpdateProviderDto): Promise<ProviderView> {
    this.refuseConfigured(ukprn, input.clientId);
    const entity = await this.find(ukprn);
    if (input.clientId !== undefined) await this.refuseTakenClientId(input.clientId, ukprn);
    const credentialsChange = CREDENTIAL_FIELDS.some((field) => input[field] !== undefined);
    const current = credentialsChange ? this.credentialsOf(entity) : undefined;
    if (input.displayName !== undefined) entity.displayName = input.displayName;
    if (input.clientId !== undefined) entity.clientId = input.clientId;
    if (input.tenantId !== undefined) entity.tenantId = input.tenantId;
    if (input.resource !== undefined) entity.resource = input.resource;
    let check: ConnectionCheck | undefined;
    if (current) {
      check = await this.testOrRefuse({
        ...current,
        clientId: entity.clientId,
        clientSecret: input.clientSecret ?? current.clientSecret,
        tenantId: entity.tenantId ?? this.config.defaultTenantId,
        resource: entity.resource ?? this.config.defaultResource,
      });
      entity.connectionStatus = check.status;
      entity.connectionCheckedAt = check.checkedAt;
    }
    if (input.clientSecret !== undefined) Object.assign(entity, this.seal(input.clientSecret, ukprn));
    try {
      await this.providers.save(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`Client id ${input.clientId} is already registered to another provider`);
      throw error;
    }
    return this.view(await this.find(ukprn), check);
  }

  /** "Test connection" for a provider as stored: fetches a token and records the outcome (even REJECTED). */
  async testConnection(ukprn: string): Promise<ConnectionCheckView> {
    const check = await this.connections.testCredentials(await this.credentialsFor(ukprn));
    if (this.config.singleProvider?.ukprn === ukprn) {
      this.configuredCheck = check;
    } else {
      await this.providers.update(
        { ukprn },
        { connectionStatus: check.status, connectionCheckedAt: check.checkedAt },
      );
    }
    return checkView(check);
  }

  async remove(ukprn: string): Promise<void> {
    this.refuseConfigured(ukprn);
    const result = await this.providers.delete({ ukprn });
    this.openedSecrets.delete(ukprn);
    if (!result.affected) throw providerNotFound(ukprn);
  }

  /** Key rotation: re-seals every secret not yet under the active key. Safe to run again. */
  async resealAll(): Promise<number> {
    const activeKeyId = this.cipher.activeKeyId;
    const stale = await this.providers
      .createQueryBuilder('p')
      .where('p.secret_key_id <> :activeKeyId', { activeKeyId })
      .getMany();
    for (const entity of stale) {
      const secret = this.cipher.open(
        { keyId: entity.secretKeyId, payload: entity.secretCiphertext },
        entity.ukprn,
      );
      await this.providers.update(
        { ukprn: entity.ukprn, secretKeyId: entity.secretKeyId },
        this.seal(secret, entity.ukprn),
      );
    }
    return stale.length;
  }

  /** Checked before Entra is asked, so a conflict is a 409 rather than Entra refusing a mismatched secret. */
  private async refuseTakenClientId(clientId: string, ukprn: string): Promise<void> {
    if (await this.providers.existsBy({ clientId, ukprn: Not(ukprn) })) {
      throw conflict(`Client id ${clientId} is already registered to another provider`);
    }
  }

  private async testOrRefuse(credentials: ProviderCredentials): Promise<ConnectionCheck> {
    const check = await this.connections.testCredentials(credentials);
    if (check.status === 'REJECTED') throw credentialsRejected(check);
    return check;
  }

  private credentialsOf(entity: ProviderEntity): ProviderCredentials {
    return {
      ukprn: entity.ukprn,
      displayName: entity.displayName,
      clientId: entity.clientId,
      clientSecret: this.secretOf(entity),
      tenantId: entity.tenantId ?? this.config.defaultTenantId,
      resource: entity.resource ?? this.config.defaultResource,
    };
  }

  private secretOf(entity: ProviderEntity): string {
    const opened = this.openedSecrets.get(entity.ukprn);
    if (opened?.keyId === entity.secretKeyId && opened.payload === entity.secretCiphertext)
      return opened.secret;
    const sealed = { keyId: entity.secretKeyId, payload: entity.secretCiphertext };
    const secret = this.cipher.open(sealed, entity.ukprn);
    this.openedSecrets.set(entity.ukprn, { ...sealed, secret });
    return secret;
  }

  private async find(ukprn: string): Promise<ProviderEntity> {
    const entity = await this.providers.findOneBy({ ukprn });
    if (!entity) throw providerNotFound(ukprn);
    return entity;
  }

  private seal(secret: string, ukprn: string): Pick<ProviderEntity, 'secretKeyId' | 'secretCiphertext'> {
    const sealed = this.cipher.seal(secret, ukprn);
    return { secretKeyId: sealed.keyId, secretCiphertext: sealed.payload };
  }

  private refuseConfigured(ukprn: string, clientId?: string): void {
    const single = this.config.singleProvider;
    if (single?.ukprn === ukprn) {
      throw conflict(
        `UKPRN ${ukprn} is the provider configured through DFE_SECURITY_* variables; change it there`,
      );
    }
    if (single && clientId?.toLowerCase() === single.clientId.toLowerCase()) {
      throw conflict(
        `Client id ${clientId} belongs to the provider configured through DFE_SECURITY_* variables`,
      );
    }
  }

  private configuredView(): ProviderView | undefined {
    const single = this.config.singleProvider;
    if (!single) return undefined;
    return {
      ukprn: single.ukprn,
      displayName: single.displayName,
      clientId: single.clientId,
      tenantId: null,
      resource: null,
      source: 'configuration',
      secretKeyId: null,
      connection: this.configuredCheck
        ? checkView(this.configuredCheck)
        : { status: 'UNTESTED', checkedAt: null },
      createdAt: null,
      updatedAt: null,
    };
  }

  /** `check`: the test just made, whose detail (not stored) the administrator should see. */
  private view(entity: ProviderEntity, check?: ConnectionCheck): ProviderView {
    return {
      ukprn: entity.ukprn,
      displayName: entity.displayName,
      clientId: entity.clientId,
      tenantId: entity.tenantId,
      resource: entity.resource,
      source: 'database',
      secretKeyId: entity.secretKeyId,
      connection: check
        ? checkView(check)
        : {
            status: entity.connectionStatus,
            checkedAt: entity.connectionCheckedAt?.toISOString() ?? null,
          },
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}

function checkView(check: ConnectionCheck): ConnectionCheckView {
  return {
    status: check.status,
    checkedAt: check.checkedAt.toISOString(),
    ...(check.detail ? { detail: check.detail } : {}),
  };
}
