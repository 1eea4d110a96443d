import { isGuid } from '../common/guid';
import { readNumber, readObject, readString } from '@libs/upstream';

/** VERA's answer to generate-qr-code. */
export interface QrCode {
  correlationId: string;
  /** The link the QR code encodes (the learner app opens it). */
  url: string | null;
  /** The image as VERA sent it, only when it is a raster data URL that is safe to put in `<img src>`. */
  qrCode: string | null;
  /** VERA's `expiry` (epoch seconds) as an instant. */
  expiresAt: string | null;
}

const IMAGE_DATA_URL = /^data:image\/(png|gif|jpeg);base64,[A-Za-z0-9+/=\s]+$/;
// Beyond this an expiry can only be epoch milliseconds (year 2286 in seconds).
const MILLISECOND_THRESHOLD = 1e10;

function expiryToIso(expiry: number | null): string | null {
  if (expiry === null || expiry <= 0) return null;
  const ms = expiry >= MILLISECOND_THRESHOLD ? expiry : expiry * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The QR answer from a 200 body, or null without a GUID correlation id (nothing could be polled). */
export function parseQrCode(body: unknown): QrCode | null {
  const raw = readObject(body);
  const correlationId = raw ? readString(raw.correlationId) : null;
  if (!raw || !isGuid(correlationId)) return null;
  const image = readString(raw.qrCode);
  return {
    correlationId,
    url: readString(raw.url),
    qrCode: image && IMAGE_DATA_URL.test(image) ? image : null,
    expiresAt: expiryToIso(readNumber(raw.expiry)),
  };
}
