/** The app's name, as in `apps/<name>`: used in logs, metrics and `/info`. */
export const APP_NAME = 'hmpps-integration-api';
