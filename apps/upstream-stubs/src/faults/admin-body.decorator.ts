import { Body, ValidationPipe } from '@nestjs/common';

/** Request body of an admin endpoint: validated against its DTO, unknown fields refused with 400. */
export const AdminBody = (): ParameterDecorator =>
  Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
