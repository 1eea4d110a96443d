import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminBody } from './admin-body.decorator';
import { CreateFaultDto } from './dto/create-fault.dto';
import { Fault } from './fault';
import { FaultRegistry } from './fault-registry.service';

@ApiTags('Admin')
@Controller('__admin/faults')
export class FaultsController {
  constructor(private readonly registry: FaultRegistry) {}

  @Post()
  @ApiOperation({ summary: 'Inject a fault into every stub route under a path prefix' })
  @ApiCreatedResponse({ description: 'The stored fault, with its id' })
  add(@AdminBody() spec: CreateFaultDto): Fault {
    return this.registry.add(spec);
  }

  @Get()
  @ApiOperation({ summary: 'The faults in force, in the order they are checked' })
  list(): Fault[] {
    return this.registry.list();
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove every fault' })
  clear(): void {
    this.registry.clear();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one fault (404 when unknown)' })
  remove(@Param('id') id: string): void {
    this.registry.remove(id);
  }
}
