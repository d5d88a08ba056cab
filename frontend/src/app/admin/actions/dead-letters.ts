'use server';

import { revalidatePath } from 'next/cache';
import { textField } from '@/lib/admin/form-data';
import { adminForAction, asOperator, isRefusal } from '@/lib/admin/session';
import { DEAD_LETTER_SERVICES, type RedriveResult } from '@/lib/admin/types';
import { failureOf } from '@/lib/results';
import type { Failure } from '@/lib/types';

export interface RedriveState {
  failure?: Failure;
  done?: string;
}

/** Sends one queue's dead letters (or one of them) back to the queue, through the service that consumes it. */
export async function redriveDeadLetters(_previous: RedriveState, form: FormData): Promise<RedriveState> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { failure: operator };
  const service = DEAD_LETTER_SERVICES.find((candidate) => candidate.key === textField(form, 'service'));
  const queue = textField(form, 'queue');
  const messageId = textField(form, 'messageId');
  if (!service || queue === '') {
    return { failure: { status: 400, code: 'INVALID_REDRIVE', message: 'Choose a queue to redrive.' } };
  }
  try {
    const { redriven } = await asOperator<RedriveResult>(operator, `${service.prefix}/admin/dead-letters/redrive`, {
      method: 'POST',
      body: { queue, ...(messageId === '' ? {} : { messageIds: [messageId] }) },
    });
    const count = redriven[queue]?.length ?? 0;
    revalidatePath('/admin/dead-letters');
    return { done: `${count} ${count === 1 ? 'message' : 'messages'} sent back to ${queue}.` };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}
