/** Injection token of the resolved PostgreSQL connection URL (external or embedded). */
export const DATABASE_URL_TOKEN = Symbol('DATABASE_URL');

/** Internal token of the running database connection target (see database-connection.module.ts). */
export const DATABASE_CONNECTION_TOKEN = Symbol('DATABASE_CONNECTION');

/** Internal token of the options given to `DatabaseModule.forRoot`. */
export const DATABASE_MODULE_OPTIONS = Symbol('DATABASE_MODULE_OPTIONS');
