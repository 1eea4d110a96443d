import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { VERA_CONFIG, VeraConfig } from '../config';
import { SecretCipher } from '../crypto/secret-cipher';
import { VeraProblem } from '../errors/vera-problem';
import { ProviderCredentials, ProviderView } from './provider-credentials';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { ProviderEntity } from './provider.entity';

const UNIQUE_VIOLATION = '23505';

function notFound(ukprn: string): VeraProblem {
  return new VeraProblem(404, 'PROVIDER_NOT_FOUND', `No provider is set up for UKPRN ${ukprn}.`);
}

function conflict(message: string): VeraProblem {
  return new VeraProblem(409, 'PROVIDER_CONFLICT', message);
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === UNIQUE_VIOLATION
  );
}

/** The provider registry: the single configured provider (if any) plus the providers in the database. */
@Injectable()
export class ProvidersService {
  constructor(
    @InjectRepository(ProviderEntity) private readonly providers: Repository<ProviderEntity>,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
    private readonly cipher: SecretCipher,
  ) {}

  async credentialsFor(ukprn: string): Promise<ProviderCredentials> {
    const single = this.config.singleProvider;
    if (single?.ukprn === ukprn) {
      return { ...single, tenantId: this.config.defaultTenantId, resource: this.config.defaultResource };
    }
    const entity = await this.find(ukprn);
    return {
      ukprn,
      displayName: entity.displayName,
      clientId: entity.clientId,
      clientSecret: this.cipher.open({ keyId: entity.secretKeyId, payload: entity.secretCiphertext }, ukprn),
      tenantId: entity.tenantId ?? this.config.defaultTenantId,
      resource: entity.resource ?? this.config.defaultResource,
    };
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

  async create(input: CreateProviderDto): Promise<ProviderView> {
    this.refuseConfigured(input.ukprn, input.clientId);
    const entity = this.providers.create({
      ukprn: input.ukprn,
      displayName: input.displayName,
      clientId: input.clientId,
      tenantId: input.tenantId ?? null,
      resource: input.resource ?? null,
      ...this.seal(input.clientSecret, input.ukprn),
    });
    try {
      // insert (not save) so that an existing UKPRN is a conflict rather than an overwrite.
      await this.providers.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`UKPRN ${input.ukprn} or client id ${input.clientId} is already registered.`);
      throw error;
    }
    return this.get(input.ukprn);
  }

  async update(ukprn: string, input: UpdateProviderDto): Promise<ProviderView> {
    this.refuseConfigured(ukprn, input.clientId);
    const entity = await this.find(ukprn);
    if (input.displayName !== undefined) entity.displayName = input.displayName;
    if (input.clientId !== undefined) entity.clientId = input.clientId;
    if (input.tenantId !== undefined) entity.tenantId = input.tenantId;
    if (input.resource !== undefined) entity.resource = input.resource;
    if (input.clientSecret !== undefined) Object.assign(entity, this.seal(input.clientSecret, ukprn));
    try {
      await this.providers.save(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`Client id ${input.clientId} is already registered to another provider.`);
      throw error;
    }
    return this.get(ukprn);
  }

  async remove(ukprn: string): Promise<void> {
    this.refuseConfigured(ukprn);
    const result = await this.providers.delete({ ukprn });
    if (!result.affected) throw notFound(ukprn);
  }

  /** Key rotation: re-seals every secret not yet under the active key. Safe to run again. */
  async resealAll(): Promise<{ resealed: number; activeKeyId: string }> {
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
    return { resealed: stale.length, activeKeyId };
  }

  private async find(ukprn: string): Promise<ProviderEntity> {
    const entity = await this.providers.findOneBy({ ukprn });
    if (!entity) throw notFound(ukprn);
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
        `UKPRN ${ukprn} is the provider configured through DFE_SECURITY_* variables; change it there.`,
      );
    }
    if (single && clientId === single.clientId) {
      throw conflict(
        `Client id ${clientId} belongs to the provider configured through DFE_SECURITY_* variables.`,
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
      createdAt: null,
      updatedAt: null,
    };
  }

  private view(entity: ProviderEntity): ProviderView {
    return {
      ukprn: entity.ukprn,
      displayName: entity.displayName,
      clientId: entity.clientId,
      tenantId: entity.tenantId,
      resource: entity.resource,
      source: 'database',
      secretKeyId: entity.secretKeyId,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}
