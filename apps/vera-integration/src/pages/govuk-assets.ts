import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GOVUK = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
export const GOVUK_ASSETS_DIR = join(GOVUK, 'assets');
/** Holds `govuk-frontend.min.js`, the components' ES module. */
export const GOVUK_DIST_DIR = GOVUK;
export const APP_ASSETS_DIR = join(__dirname, 'assets');

/**
 * GOV.UK Frontend's stylesheet for a service that is not on GOV.UK: the GDS Transport typeface may only be
 * used on GOV.UK, so its @font-face rules are dropped and text falls back to the stack GOV.UK Frontend
 * documents for such services (Arial). Done once at start-up; the package's file is otherwise unchanged.
 */
export function govukStylesheetWithoutGdsTransport(): string {
  return readFileSync(join(GOVUK, 'govuk-frontend.min.css'), 'utf8')
    .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
    .replace(/GDS Transport,/g, '');
}
