export { deadLetterAttributes, readDeadLetterInfo, withoutDeadLetterAttributes } from './dead-letter-attributes';
export type { DeadLetterInfo } from './dead-letter-attributes';
export {
  DeadLetterStore,
  MAX_MESSAGES_PER_QUEUE,
  MOVED_BY_REDRIVE_POLICY,
  type DeadLetter,
  type DeadLetterQueueContents,
  type RedriveRequest,
  type RedriveResult,
} from './dead-letter-store';
export { DeadLettersController } from './dead-letters.controller';
export { DeadLetterListDto, RedriveDeadLettersDto, RedriveResultDto } from './dead-letters.dto';
export { DeadLettersModule, type DeadLettersOptions } from './dead-letters.module';
export { moveToDeadLetterQueue, type DeadLetterMove } from './move-to-dead-letter-queue';
