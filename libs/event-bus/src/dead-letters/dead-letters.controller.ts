import { BadRequestException, Body, Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoleProtected, Roles } from '@shop/auth';
import { DeadLetterStore } from './dead-letter-store';
import { DeadLetterListDto, RedriveDeadLettersDto, RedriveResultDto } from './dead-letters.dto';

/** Dead-lettered messages of the queues this service consumes: look at them, send them back. */
@ApiTags('admin: dead letters')
@ApiRoleProtected()
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(@Inject(DeadLetterStore) private readonly store: DeadLetterStore) {}

  @Get()
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: 'Dead-lettered messages per queue, with the reason (they stay in the DLQ)' })
  @ApiOkResponse({ type: DeadLetterListDto })
  async list(): Promise<DeadLetterListDto> {
    return { queues: (await this.store.list()).map((queue) => ({ ...queue, messages: [...queue.messages] })) };
  }

  @Post('redrive')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send dead letters back to their source queue: all, one queue, or by message id' })
  @ApiOkResponse({ type: RedriveResultDto })
  @ApiBadRequestResponse({ description: 'Unknown queue or invalid body' })
  async redrive(@Body() body: RedriveDeadLettersDto): Promise<RedriveResultDto> {
    if (body.queue !== undefined && !this.store.knows(body.queue)) {
      throw new BadRequestException(`This service consumes no queue named ${body.queue}`);
    }
    const { redriven } = await this.store.redrive(body);
    return { redriven: Object.fromEntries(Object.entries(redriven).map(([queue, ids]) => [queue, [...ids]])) };
  }
}
