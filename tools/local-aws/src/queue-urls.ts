/**
 * fauxqs names queues `http://sqs.<region>.localhost:<port>/<account>/<name>`. The AWS SDK sends SQS
 * calls to the QueueUrl's host unless the client was given an explicit `endpoint` (AWS_ENDPOINT_URL
 * is not enough), and `*.localhost` does not resolve everywhere (not through plain glibc). So the
 * endpoint answers queue URLs on the host the client called it by, which always resolves; fauxqs
 * finds a queue by the name in the URL's path.
 */
const FAUXQS_QUEUE_URL = /http:\/\/sqs\.[a-z0-9-]+\.localhost(?::\d+)?\//g;

/** The SQS operations whose answers carry queue URLs. */
const OPERATIONS_RETURNING_QUEUE_URLS = new Set([
  'CreateQueue',
  'GetQueueUrl',
  'ListQueues',
  'ListDeadLetterSourceQueues',
]);

export function returnsQueueUrls(amzTarget: string | undefined): boolean {
  return amzTarget?.startsWith('AmazonSQS.') === true && OPERATIONS_RETURNING_QUEUE_URLS.has(amzTarget.slice(10));
}

/** Rewrites every fauxqs queue URL in `body` to `http://<host>/...`. */
export function rewriteQueueUrls(body: string, host: string): string {
  return body.replace(FAUXQS_QUEUE_URL, `http://${host}/`);
}
