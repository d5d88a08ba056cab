'use client';

import { useEffect } from 'react';
import { recordFunnelEvent, type FunnelEvent } from '@/lib/funnel';

/** Records a funnel step when the page that stands for it is shown (once per page, not per render). */
export function FunnelStep({ step, attributes }: FunnelEvent) {
  const key = JSON.stringify(attributes);
  useEffect(() => {
    recordFunnelEvent({ step, attributes: JSON.parse(key) as FunnelEvent['attributes'] });
  }, [step, key]);
  return null;
}
