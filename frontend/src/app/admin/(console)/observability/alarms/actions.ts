'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { submitChecked } from '@/lib/admin/form-action';
import { textField } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import {
  alarmFormValues,
  validateAlarm,
  type AlarmField,
  type AlarmFormValues,
} from '@/lib/admin/observability/alarm-form';
import { alarmHref, ALARMS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { adminForAction, isRefusal } from '@/lib/admin/session';
import { failureOf } from '@/lib/results';
import type { Failure } from '@/lib/types';

export type AlarmFormState = FormState<AlarmFormValues, AlarmField>;

class NameTaken extends Error {}

/**
 * Creates an alarm (`existingName` null) or replaces the definition of one; only an admin may. The API's PUT
 * creates or replaces: a new alarm must not silently take the place of another of the same name.
 */
export async function saveAlarm(
  existingName: string | null,
  _previous: AlarmFormState,
  form: FormData,
): Promise<AlarmFormState> {
  const values = alarmFormValues(form);
  const saved = await submitChecked(
    existingName === null ? values : { ...values, name: existingName },
    validateAlarm,
    async (definition, operator) => {
      const api = telemetryApi(operator);
      if (existingName === null && (await api.alarms()).items.some((alarm) => alarm.name === definition.name)) {
        throw new NameTaken();
      }
      return api.putAlarm(definition);
    },
    (error) => (error instanceof NameTaken ? { name: 'An alarm with this name exists: choose another name' } : null),
  );
  if (!saved.ok) return saved.state;
  revalidatePath(ALARMS_PATH);
  redirect(`${alarmHref(saved.value.name)}?saved=1`);
}

export interface DeleteAlarmState {
  failure?: Failure;
}

export async function deleteAlarm(_previous: DeleteAlarmState, form: FormData): Promise<DeleteAlarmState> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { failure: operator };
  const name = textField(form, 'name');
  if (name === '') return { failure: { status: 400, code: 'INVALID_ALARM', message: 'Choose the alarm to delete.' } };
  try {
    await telemetryApi(operator).deleteAlarm(name);
  } catch (error) {
    return { failure: failureOf(error) };
  }
  revalidatePath(ALARMS_PATH);
  redirect(`${ALARMS_PATH}?deleted=${encodeURIComponent(name)}`);
}
