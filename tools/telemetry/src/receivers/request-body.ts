import type { IncomingMessage } from 'node:http';
import { gunzip } from 'node:zlib';

/** The request cannot be read as it came: `status` says why (413 too large, 415 unknown encoding). */
export class BodyError extends Error {
  override readonly name = 'BodyError';

  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the whole body, gunzipping `Content-Encoding: gzip`; neither the sent nor the unpacked bytes may pass `maxBytes`. */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') {
    throw new BodyError(415, `Content-Encoding ${encoding} is not supported (use gzip or none)`);
  }
  const declared = Number(request.headers['content-length']);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  return encoding === 'gzip' ? unzip(body, maxBytes) : body;
}

function unzip(body: Buffer, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(body, { maxOutputLength: maxBytes }, (error, result) => {
      if (!error) resolve(result);
      else if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        reject(tooLarge(maxBytes));
      } else reject(new BodyError(400, `The gzip body does not unpack: ${error.message}`));
    });
  });
}

function tooLarge(maxBytes: number): BodyError {
  return new BodyError(413, `The body is larger than ${maxBytes} bytes`);
}
