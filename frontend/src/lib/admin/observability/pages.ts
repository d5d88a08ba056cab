/** The observability pages, for the section's navigation and the overview. */
export const OBSERVABILITY_PAGES = [
  {
    href: '/admin/observability',
    label: 'Overview',
    text: 'Request rate, errors and latency of each service at a glance.',
  },
  {
    href: '/admin/observability/traces',
    label: 'Traces',
    text: 'Find requests by service, duration, status or annotation; follow one across services.',
  },
  {
    href: '/admin/observability/service-map',
    label: 'Service map',
    text: 'Who calls whom, through which queues and topics, how often, how fast, how often failing.',
  },
  {
    href: '/admin/observability/metrics',
    label: 'Metrics',
    text: 'The RED dashboard, the shop’s business numbers, and any metric by statistic and attribute.',
  },
  {
    href: '/admin/observability/logs',
    label: 'Logs',
    text: 'Search the services’ log lines, or ask Logs Insights queries.',
  },
  {
    href: '/admin/observability/alarms',
    label: 'Alarms',
    text: 'Threshold and anomaly alarms on metrics, their states and history.',
  },
] as const;
