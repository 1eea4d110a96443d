import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

/** The HMRC platform's liveness path that BRM's callers and monitors know. */
@ApiTags('Health')
@Controller('ping')
export class PingController {
  @Get('ping')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: 200 with an empty body' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ type: String, description: 'An empty body' })
  ping(): void {}
}
