import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_MESSAGES_PER_QUEUE, type DeadLetter, type DeadLetterQueueContents } from './dead-letter-store';

export class DeadLetterDto implements DeadLetter {
  @ApiProperty({ description: 'Id of the message in the dead-letter queue (what a redrive names)' })
  messageId!: string;

  @ApiPropertyOptional({ example: 'catalog.product.created.v1' })
  eventType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  eventId?: string;

  @ApiProperty({ example: 'Error: stock record locked' })
  reason!: string;

  @ApiPropertyOptional({ description: 'Receives in the source queue before it was dead-lettered' })
  receiveCount?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the source queue first delivered it' })
  firstSeenAt?: string;
}

export class DeadLetterQueueDto implements DeadLetterQueueContents {
  @ApiProperty({ example: 'inventory-catalog-events', description: 'Logical name of the source queue' })
  queue!: string;

  @ApiProperty({ example: 'shop-local-inventory-catalog-events-dlq' })
  deadLetterQueue!: string;

  @ApiProperty({ type: [DeadLetterDto], description: `At most ${MAX_MESSAGES_PER_QUEUE} per queue` })
  messages!: DeadLetterDto[];
}

export class DeadLetterListDto {
  @ApiProperty({ type: [DeadLetterQueueDto] })
  queues!: DeadLetterQueueDto[];
}

/** Empty: every dead letter of every queue; `queue`: only that queue's; `messageIds`: only those. */
export class RedriveDeadLettersDto {
  @ApiPropertyOptional({ example: 'inventory-catalog-events', description: 'Logical name of a source queue' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  queue?: string;

  @ApiPropertyOptional({ type: [String], minItems: 1, maxItems: MAX_MESSAGES_PER_QUEUE })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MESSAGES_PER_QUEUE)
  @ArrayUnique()
  @IsString({ each: true })
  messageIds?: string[];
}

export class RedriveResultDto {
  @ApiProperty({
    example: { 'inventory-catalog-events': ['5f1d7a0e-0c7b-4c1e-9d0e-8f0f3f0e2d11'] },
    description: 'DLQ message ids sent back, by source queue',
  })
  redriven!: Record<string, string[]>;
}
