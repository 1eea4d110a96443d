import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { PageContext, PageRequest } from './page-session.guard';

/** The signed-in viewer and the session's CSRF token, set by PageSessionGuard. */
export const Page = createParamDecorator(
  (_data: unknown, context: ExecutionContext): PageContext =>
    context.switchToHttp().getRequest<PageRequest>().page as PageContext,
);
