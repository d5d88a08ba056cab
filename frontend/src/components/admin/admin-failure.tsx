import { FailureView } from '@/components/failure-view';
import type { Failure } from '@/lib/types';

function detailLines(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.filter((detail): detail is string => typeof detail === 'string');
}

/** A failed call with the trace id, and the API's validation messages when it gave some. */
export function AdminFailure({ failure, title }: { failure: Failure; title: string }) {
  const details = detailLines(failure.details);
  return (
    <div className="space-y-2">
      <FailureView failure={failure} title={title} />
      {details.length > 0 ? (
        <ul className="list-inside list-disc text-sm text-red-900">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A short confirmation, read out by screen readers when it appears. */
export function DoneMessage({ text }: { text: string | undefined }) {
  return (
    <p role="status" className="min-h-5 text-sm font-medium text-green-800">
      {text ?? ''}
    </p>
  );
}
