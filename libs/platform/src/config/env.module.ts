import { DynamicModule, Global, Module, type Provider, type Type } from '@nestjs/common';

/** The schema class and every class it extends (e.g. LearnerRecordsEnv → DatabaseEnv → PlatformEnv). */
function schemaChain(env: object): Type<unknown>[] {
  const chain: Type<unknown>[] = [];
  for (
    let proto = Object.getPrototypeOf(env);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    chain.push(proto.constructor as Type<unknown>);
  }
  return chain;
}

/**
 * The validated environment, injectable by its schema class or any class it extends, so a lib asks for
 * what it knows (`DatabaseEnv`) and an app for its own schema.
 */
@Global()
@Module({})
export class EnvModule {
  static of(env: object): DynamicModule {
    const providers: Provider[] = schemaChain(env).map((schema) => ({ provide: schema, useValue: env }));
    return { module: EnvModule, providers, exports: providers };
  }
}
