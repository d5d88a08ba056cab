import type { Failure } from '@/lib/types';
import type { FieldErrors } from './form-data';

/** What a console form's server action answers: the values back, errors per field, or a failure with its trace id. */
export interface FormState<V, K extends string> {
  values: V;
  errors: FieldErrors<K>;
  failure?: Failure;
  /** A sentence saying what was done, announced to screen readers. */
  done?: string;
}
