import type { AddressInfo } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { VERA_CONFIG, VeraConfig } from '../config';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

/**
 * Where links to the pages point. Never the caller's Host or X-Forwarded-Host (a caller could point a
 * sign-in link at their own site): VERA_PUBLIC_URL, required in production, or else, in a local run, the
 * address this app itself listens on.
 */
@Injectable()
export class PublicLinks {
  constructor(
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  baseUrl(): string {
    if (this.config.publicUrl) return this.config.publicUrl;
    const address = this.adapterHost.httpAdapter.getHttpServer().address() as AddressInfo | null;
    if (!address) throw new Error('VERA_PUBLIC_URL is not set and the app is not listening yet');
    const host = ANY_ADDRESS.has(address.address)
      ? 'localhost'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
    return `http://${host}:${address.port}`;
  }
}
