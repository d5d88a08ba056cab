import type { Metadata } from 'next';
import { redriveDeadLetters } from '@/app/admin/actions/dead-letters';
import { AdminFailure } from '@/components/admin/admin-failure';
import { RedriveButton } from '@/components/admin/redrive-button';
import { attempt } from '@/lib/admin/attempt';
import { asOperator, requireOperator, type Operator } from '@/lib/admin/session';
import { DEAD_LETTER_SERVICES, type DeadLetterQueue } from '@/lib/admin/types';

export const metadata: Metadata = { title: 'Dead letters · Admin' };

type Service = (typeof DEAD_LETTER_SERVICES)[number];

/** Each consuming service lists the dead-letter queues of the queues it reads. */
export default async function DeadLettersPage() {
  const operator = await requireOperator();
  const lists = await Promise.all(
    DEAD_LETTER_SERVICES.map(async (service) => ({
      service,
      result: await attempt(
        asOperator<{ queues: DeadLetterQueue[] }>(operator, `${service.prefix}/admin/dead-letters`),
      ),
    })),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Dead letters</h1>
      <p className="text-sm text-slate-700">
        Messages a consumer gave up on, with the reason. Redrive sends them back to their queue for a fresh set of
        attempts (after the fault is fixed).
      </p>
      {lists.map(({ service, result }) => (
        <section key={service.key} aria-labelledby={`dlq-${service.key}`} className="space-y-3">
          <h2 id={`dlq-${service.key}`} className="text-lg font-semibold">
            {service.label}
          </h2>
          {!result.ok ? (
            <AdminFailure
              failure={result.failure}
              title={`The ${service.label.toLowerCase()} service's dead letters could not be loaded`}
            />
          ) : result.value.queues.length === 0 ? (
            <p className="text-sm text-slate-700">This service consumes no queue.</p>
          ) : (
            result.value.queues.map((queue) => (
              <QueueView key={queue.queue} service={service} queue={queue} operator={operator} />
            ))
          )}
        </section>
      ))}
    </div>
  );
}

function QueueView({ service, queue, operator }: { service: Service; queue: DeadLetterQueue; operator: Operator }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-mono text-sm font-semibold">
          {queue.queue} <span className="font-normal text-slate-700">({queue.messages.length} dead)</span>
        </h3>
        {operator.canEdit && queue.messages.length > 0 ? (
          <RedriveButton
            action={redriveDeadLetters}
            service={service.key}
            queue={queue.queue}
            label={`Redrive all of ${queue.queue}`}
            text="Redrive all"
          />
        ) : null}
      </div>
      {queue.messages.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Empty.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Dead letters of {queue.queue}</caption>
          <thead className="border-b border-slate-200">
            <tr>
              {['Event', 'Reason', 'Receives', 'First seen', ''].map((label, index) => (
                <th key={index} scope="col" className="px-2 py-1 font-medium">
                  {label === '' ? <span className="sr-only">Actions</span> : label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queue.messages.map((message) => (
              <tr key={message.messageId} className="border-b border-slate-100 align-top last:border-0">
                <td className="px-2 py-2">
                  <div className="font-mono text-xs">{message.eventType ?? 'unknown event'}</div>
                  <div className="font-mono text-xs text-slate-700">{message.eventId ?? message.messageId}</div>
                </td>
                <td className="px-2 py-2">{message.reason}</td>
                <td className="px-2 py-2 tabular-nums">{message.receiveCount ?? ''}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {message.firstSeenAt ? new Date(message.firstSeenAt).toLocaleString('en-GB') : ''}
                </td>
                <td className="px-2 py-2">
                  {operator.canEdit ? (
                    <RedriveButton
                      action={redriveDeadLetters}
                      service={service.key}
                      queue={queue.queue}
                      messageId={message.messageId}
                      label={`Redrive ${message.eventType ?? 'message'} ${message.eventId ?? message.messageId}`}
                      text="Redrive"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
