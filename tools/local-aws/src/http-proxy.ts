import { Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { returnsQueueUrls, rewriteQueueUrls } from './queue-urls';

/**
 * Forwards a request unchanged (method, path, headers, streamed body) to an upstream on loopback and
 * streams the answer back; answers carrying queue URLs are rewritten (see queue-urls.ts).
 */
export function createHttpForwarder(upstreamPort: number): {
  forward(req: IncomingMessage, res: ServerResponse): void;
  close(): void;
} {
  const agent = new Agent({ keepAlive: true });
  return {
    forward(req, res) {
      const target = req.headers['x-amz-target'];
      const rewrite = returnsQueueUrls(typeof target === 'string' ? target : undefined);
      const upstream = request(
        { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers, agent },
        (upstreamRes) => {
          if (!rewrite) {
            res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
            upstreamRes.pipe(res);
            return;
          }
          const chunks: Buffer[] = [];
          upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
          upstreamRes.on('end', () => {
            const body = rewriteQueueUrls(Buffer.concat(chunks).toString('utf8'), req.headers.host ?? '127.0.0.1');
            res.writeHead(upstreamRes.statusCode ?? 502, {
              ...upstreamRes.headers,
              'content-length': String(Buffer.byteLength(body)),
            });
            res.end(body);
          });
        },
      );
      upstream.on('error', (error) => {
        if (res.headersSent) {
          res.destroy(error);
          return;
        }
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `local-aws upstream failed: ${error.message}` }));
      });
      // A client that gives up on a long poll must not leave the upstream request hanging.
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    },
    close() {
      agent.destroy();
    },
  };
}
