/** The app's name in logs, `/info` and start-up reports; its own file so config and modules share it without a cycle. */
export const APP_NAME = 'vera-integration';
export const DEFAULT_PORT = 8090;
