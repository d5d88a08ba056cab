/** The transport id of the SQS consumer, for `@EventPattern(type, SQS_TRANSPORT)` in a process with several. */
export const SQS_TRANSPORT = Symbol('aws-sqs');
