import { queryString, type SearchParams } from '@/lib/admin/list-queries';
import { TRACES_PATH } from './links';
import { param, rangeKeyOf, type RangeKey } from './time-range';
import type { BackgroundChoice } from './types';

// The API refuses longer filters; a hand-typed URL should not turn into an error page.
const MAX_FILTER_LENGTH = 2000;
/** The `background` value in the traces page's URL that keeps background work; without it, it is left out. */
export const INCLUDE_BACKGROUND = 'include';

/** What the traces page searches for, as its URL says (`?filter=…&range=1h&background=include`). */
export interface TraceSearchQuery {
  filter: string;
  range: RangeKey;
  /** Whether the list keeps background work (the services' sweepers); by default it does not. */
  includeBackground: boolean;
}

export function traceSearchQuery(params: SearchParams): TraceSearchQuery {
  return {
    filter: param(params, 'filter').slice(0, MAX_FILTER_LENGTH),
    range: rangeKeyOf(param(params, 'range')),
    includeBackground: param(params, 'background') === INCLUDE_BACKGROUND,
  };
}

/** What the page asks the API for: background work only when the operator chose to see it. */
export function backgroundChoiceOf(query: TraceSearchQuery): BackgroundChoice {
  return query.includeBackground ? 'include' : 'exclude';
}

/** The traces page showing `query`, the default choices left out of the URL. */
export function tracesHref(query: TraceSearchQuery): string {
  return `${TRACES_PATH}${queryString({
    filter: query.filter,
    range: query.range,
    background: query.includeBackground ? INCLUDE_BACKGROUND : undefined,
  })}`;
}
