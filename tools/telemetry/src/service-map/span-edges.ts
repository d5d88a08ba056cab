import type { MapSpanRow } from './map-spans';

export type NodeType = 'client' | 'service' | 'database' | 'queue' | 'topic' | 'bus' | 'external';

export interface NodeRef {
  readonly type: NodeType;
  readonly name: string;
}

/** One call a span stands for: from whom to whom, how long it took and whether it failed. */
export interface EdgeSample {
  readonly source: NodeRef;
  readonly target: NodeRef;
  readonly durationUs: number;
  readonly error: boolean;
}

/** What a span tells the map: the calls it stands for, and the work its service did when called (if any). */
export interface SpanContribution {
  readonly edges: EdgeSample[];
  readonly served: boolean;
}

const SPAN_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;
const USERS: NodeRef = { type: 'client', name: 'client' };
const NOTHING: SpanContribution = { edges: [], served: false };

/**
 * The edges of one span, X-Ray style:
 * - a server span is the callee's side of a call: from the calling span's service, or from the `client`
 *   node when nothing in the trace called it (a browser or user whose spans we do not have);
 * - a client span with a database system is a call to that database, one to SNS/SQS/EventBridge (the
 *   AWS SDK's spans) a call to that topic, queue or bus; an HTTP client span that no server span in the
 *   trace answered is a call to an external host (answered ones are drawn from the server side);
 * - a producer span is a send to its topic, queue or bus; a consumer span that processes a message is an
 *   edge from its queue to the service, and when its parent is the producer, also one from the producer's
 *   topic or bus to the queue, timed from the end of the publish to the start of processing;
 * - SDK calls inside the shop's own producer and consumer spans (PublishBatch, PutEvents, DeleteMessage)
 *   are the same message hop again and are skipped, as are consumer spans of receive polls.
 */
export function spanContribution(
  span: MapSpanRow,
  browserServices: ReadonlySet<string>,
  answered: (span: MapSpanRow) => boolean,
): SpanContribution {
  const self = serviceRef(span.service, browserServices);
  const sample = (source: NodeRef, target: NodeRef): EdgeSample => ({
    source,
    target,
    durationUs: span.durationUs,
    error: span.error,
  });
  switch (span.kind) {
    case SPAN_KIND.server: {
      if (span.parentService === null) return { edges: [sample(USERS, self)], served: true };
      if (span.parentService === span.service) return { edges: [], served: true };
      return { edges: [sample(serviceRef(span.parentService, browserServices), self)], served: true };
    }
    case SPAN_KIND.consumer: {
      if (span.operation === 'receive') return NOTHING;
      const queue = messagingResource(span.system, span.rpcService, span.destination, span.topicArn, span.queueUrl);
      if (queue === null) return { edges: [], served: true };
      const edges = [sample(queue, self)];
      const publishedTo =
        span.parentKind === SPAN_KIND.producer
          ? messagingResource(
              span.parentSystem,
              span.parentRpcService,
              span.parentDestination,
              span.parentTopicArn,
              null,
            )
          : null;
      if (publishedTo !== null && !sameNode(publishedTo, queue)) {
        const deliveryUs = Math.max(0, span.startUs - (span.parentEndUs ?? span.startUs));
        edges.push({ source: publishedTo, target: queue, durationUs: deliveryUs, error: false });
      }
      return { edges, served: true };
    }
    case SPAN_KIND.producer: {
      if (span.parentIsMessaging && span.parentKind === SPAN_KIND.producer) return NOTHING;
      const destination =
        messagingResource(span.system, span.rpcService, span.destination, span.topicArn, span.queueUrl) ??
        external(span.destination ?? span.serverAddress);
      return { edges: [sample(self, destination)], served: false };
    }
    case SPAN_KIND.client:
      return { edges: clientEdges(span, self, sample, answered), served: false };
    default:
      return NOTHING;
  }
}

function clientEdges(
  span: MapSpanRow,
  self: NodeRef,
  sample: (source: NodeRef, target: NodeRef) => EdgeSample,
  answered: (span: MapSpanRow) => boolean,
): EdgeSample[] {
  if (span.parentIsMessaging && (span.parentKind === SPAN_KIND.producer || span.rpcSystem === 'aws-api')) return [];
  if (span.dbSystem !== null) {
    const name = span.dbNamespace === null ? span.dbSystem : `${span.dbSystem} ${span.dbNamespace}`;
    return [sample(self, { type: 'database', name })];
  }
  const resource = messagingResource(span.system, span.rpcService, span.destination, span.topicArn, span.queueUrl);
  if (resource !== null) return [sample(self, resource)];
  if (span.rpcSystem === 'aws-api') return [sample(self, external(span.rpcService))];
  if (answered(span)) return [];
  return [sample(self, external(span.serverAddress ?? hostOf(span.urlFull)))];
}

/** A client span that names no database or messaging system: an HTTP call, to a service of ours or not. */
export function isPlainClientSpan(span: MapSpanRow): boolean {
  return span.kind === SPAN_KIND.client && span.dbSystem === null && span.system === null && span.rpcSystem === null;
}

/** The topic, queue or bus a messaging span names, by its messaging system or the AWS SDK's service. */
function messagingResource(
  system: string | null,
  rpcService: string | null,
  destination: string | null,
  topicArn: string | null,
  queueUrl: string | null,
): NodeRef | null {
  const kind = `${system ?? ''} ${rpcService ?? ''}`.toLowerCase();
  if (kind.includes('sns')) {
    const name = lastSegment(topicArn, ':') ?? lastSegment(destination, ':');
    return { type: 'topic', name: name ?? 'SNS' };
  }
  if (kind.includes('sqs')) {
    return { type: 'queue', name: destination ?? lastSegment(queueUrl, '/') ?? 'SQS' };
  }
  if (kind.includes('eventbridge')) {
    return { type: 'bus', name: destination ?? 'default' };
  }
  if (system !== null) return { type: 'queue', name: destination ?? system };
  return null;
}

function serviceRef(service: string, browserServices: ReadonlySet<string>): NodeRef {
  return { type: browserServices.has(service) ? 'client' : 'service', name: service };
}

function external(name: string | null): NodeRef {
  return { type: 'external', name: name ?? 'unknown' };
}

function sameNode(a: NodeRef, b: NodeRef): boolean {
  return a.type === b.type && a.name === b.name;
}

function lastSegment(value: string | null, separator: string): string | null {
  if (value === null || value === '') return null;
  return value.slice(value.lastIndexOf(separator) + 1) || null;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
