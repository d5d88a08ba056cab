import { errorPointer } from '@/lib/admin/observability/query-error';

/** The line of a refused query with a caret under the column the API's message names; nothing when it names none. */
export function QueryErrorPointer({ query, message }: { query: string; message: string }) {
  const pointer = errorPointer(query, message);
  if (!pointer) return null;
  return (
    <pre
      aria-hidden="true"
      data-testid="query-error-pointer"
      className="overflow-x-auto rounded bg-red-50 p-2 font-mono text-xs text-red-900"
    >
      {`${pointer.line}\n${' '.repeat(pointer.column - 1)}^`}
    </pre>
  );
}

/** The API's reason for refusing a query, announced when it appears, above the caret under its column. */
export function QueryRefusal({ id, query, message }: { id: string; query: string; message: string }) {
  return (
    <div id={id} role="alert" className="space-y-1">
      <p className="text-sm font-medium text-red-800">{message}</p>
      <QueryErrorPointer query={query} message={message} />
    </div>
  );
}
