/** The reference's application name: `/info` shows it as `build.name` and audit events carry it as `service`. */
export const APP_NAME = 'hmpps-learner-records-api';
export const DEFAULT_PORT = 8080;
