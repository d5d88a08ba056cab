import {
  Injectable,
  SetMetadata,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { json, type Request, type RequestHandler, type Response } from 'express';
import type { Observable } from 'rxjs';

const JSON_MEDIA_TYPE = 'application/json';
const MULTIPART_MEDIA_TYPE = 'multipart/form-data';
const READS_MULTIPART_BODY = 'shop:reads-multipart-body';

/**
 * Marks a handler whose own interceptor (multer's `FileInterceptor`) reads `multipart/form-data` bodies:
 * the JSON body interceptor lets those through unread. Any other body on that route is handled as on
 * every route (JSON parsed, the rest 415).
 */
export const ReadsMultipartBody = () => SetMetadata(READS_MULTIPART_BODY, true);

function readsMultipart(context: ExecutionContext): boolean {
  return Reflect.getMetadata(READS_MULTIPART_BODY, context.getHandler()) === true;
}

function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

function mediaTypeOf(request: Request): string | undefined {
  return request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
}

/**
 * Reads JSON request bodies (and only JSON: any other body is a 415) once a request has reached its
 * handler, not in an Express middleware before routing: so a malformed (400), oversize (413) or
 * non-JSON (415) body is answered in the error shape and counted, logged and traced under its route,
 * after the request id and metrics middleware have seen it. Guards run before it, pipes after it.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  private readonly parseJson: RequestHandler;

  constructor(limitBytes: number) {
    this.parseJson = json({ limit: limitBytes });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') {
      const http = context.switchToHttp();
      const request = http.getRequest<Request>();
      if (!(mediaTypeOf(request) === MULTIPART_MEDIA_TYPE && readsMultipart(context))) {
        await this.readBody(request, http.getResponse<Response>());
      }
    }
    return next.handle();
  }

  private readBody(request: Request, response: Response): Promise<void> {
    if (!hasBody(request)) return Promise.resolve();
    if (mediaTypeOf(request) !== JSON_MEDIA_TYPE) {
      return Promise.reject(new UnsupportedMediaTypeException(`Request bodies must be ${JSON_MEDIA_TYPE}`));
    }
    return new Promise((resolve, reject) => {
      // body-parser's errors (http-errors with a `type`) are mapped to the error shape by the exception filter.
      void this.parseJson(request, response, (error?: unknown) => {
        if (error === undefined || error === null) resolve();
        else reject(error instanceof Error ? error : new Error('The request body could not be read'));
      });
    });
  }
}
