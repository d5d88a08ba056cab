/** The error codes our EventBridge emulator answers with, as AWS names them (`__type`). */
export type EventBridgeErrorType =
  | 'ValidationException'
  | 'InvalidEventPatternException'
  | 'ResourceNotFoundException'
  | 'ResourceAlreadyExistsException'
  | 'LimitExceededException'
  | 'UnknownOperationException'
  | 'SerializationException'
  | 'InternalException';

const statusByType: Record<EventBridgeErrorType, number> = {
  ValidationException: 400,
  InvalidEventPatternException: 400,
  ResourceNotFoundException: 400,
  ResourceAlreadyExistsException: 400,
  LimitExceededException: 400,
  UnknownOperationException: 400,
  SerializationException: 400,
  InternalException: 500,
};

/** An AWS JSON 1.1 error: the SDK turns `__type` into the exception class it throws. */
export class EventBridgeError extends Error {
  constructor(
    readonly type: EventBridgeErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
  }

  get statusCode(): number {
    return statusByType[this.type];
  }

  toBody(): { __type: EventBridgeErrorType; message: string } {
    return { __type: this.type, message: this.message };
  }
}

export function validationError(message: string): EventBridgeError {
  return new EventBridgeError('ValidationException', message);
}

export function notFound(message: string): EventBridgeError {
  return new EventBridgeError('ResourceNotFoundException', message);
}
