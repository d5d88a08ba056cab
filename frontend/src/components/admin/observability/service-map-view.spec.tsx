import { render, screen, within } from '@testing-library/react';
import type { ServiceMap } from '@/lib/admin/observability/types';
import { ServiceMapView } from './service-map-view';

const MAP: ServiceMap = {
  nodes: [
    { id: 'client:browser', name: 'storefront-browser', type: 'client', requests: 20, errors: 0, averageMs: 80 },
    { id: 'service:order', name: 'order', type: 'service', requests: 20, errors: 2, averageMs: 40 },
    { id: 'db:orders', name: 'orders-db', type: 'database', requests: 30, errors: 0, averageMs: 3 },
    { id: 'queue:inventory-orders', name: 'inventory-orders', type: 'queue', requests: 5, errors: 0, averageMs: 1 },
  ],
  edges: [
    {
      source: 'client:browser',
      target: 'service:order',
      requests: 20,
      errors: 2,
      errorRate: 0.1,
      requestsPerMinute: 2,
      averageMs: 40,
      p99Ms: 120,
    },
    {
      source: 'service:order',
      target: 'db:orders',
      requests: 30,
      errors: 0,
      errorRate: 0,
      requestsPerMinute: 3,
      averageMs: 3,
      p99Ms: 9,
    },
    {
      source: 'service:order',
      target: 'queue:inventory-orders',
      requests: 5,
      errors: 0,
      errorRate: 0,
      requestsPerMinute: 0.5,
      averageMs: 1,
      p99Ms: 2,
    },
  ],
};

describe(ServiceMapView.name, () => {
  it('draws every node with the shape of its type and every edge with its rate, errors and durations', () => {
    const { container } = render(<ServiceMapView map={MAP} />);

    expect(screen.getByRole('img', { name: /Service map: 4 nodes, 3 connections/ })).toBeInTheDocument();
    const shape = (id: string) => container.querySelector(`[data-node="${id}"]`);
    expect(shape('db:orders')?.querySelector('ellipse')).not.toBeNull();
    expect(shape('service:order')?.querySelector('rect')).not.toBeNull();
    expect(shape('queue:inventory-orders')?.querySelectorAll('line')).toHaveLength(3);
    const failing = container.querySelector('[data-edge="client:browser->service:order"]');
    expect(failing?.textContent).toContain('2/min · 10.0 % err');
    expect(failing?.textContent).toContain('avg 40 ms · p99 120 ms');
    expect(failing?.querySelector('path')).toHaveAttribute('stroke', '#dc2626');
  });

  it('gives the same facts as tables', () => {
    render(<ServiceMapView map={MAP} />);

    const connections = screen.getByRole('region', { name: 'Connections' });
    const rows = within(connections).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const cells = (row: HTMLElement | undefined) =>
      [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent);
    expect(cells(rows[1])).toEqual(['storefront-browser', 'order', '20', '2', '10.0 %', '40 ms', '120 ms']);
    const nodes = within(screen.getByRole('region', { name: 'Nodes' })).getAllByRole('row');
    expect(cells(nodes[3])).toEqual(['orders-db', 'database', '30', '0', '3.0 ms']);
  });
});
