import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { layoutServiceMap, NODE_HEIGHT as H, NODE_WIDTH as W } from '@/lib/admin/observability/service-map-layout';
import type { MapNode, NodeType, ServiceMap } from '@/lib/admin/observability/types';

const SHAPE_STYLE: Record<NodeType, { fill: string; label: string }> = {
  client: { fill: '#f1f5f9', label: 'client' },
  service: { fill: '#e0f2fe', label: 'service' },
  database: { fill: '#fef3c7', label: 'database' },
  queue: { fill: '#ede9fe', label: 'queue' },
  topic: { fill: '#fce7f3', label: 'topic' },
  bus: { fill: '#ccfbf1', label: 'event bus' },
  external: { fill: '#ffffff', label: 'external' },
};

/** The outline of a node by its type: box, cylinder, slotted queue, hexagon topic, pill bus, oval client, dashed external. */
function NodeShape({ type, stroke }: { type: NodeType; stroke: string }) {
  const common = { fill: SHAPE_STYLE[type].fill, stroke, strokeWidth: 1.5 };
  switch (type) {
    case 'service':
      return <rect width={W} height={H} rx="8" {...common} />;
    case 'database':
      return (
        <g {...common}>
          <path d={`M0,8 v${H - 16} a${W / 2},8 0 0,0 ${W},0 v-${H - 16}`} />
          <ellipse cx={W / 2} cy="8" rx={W / 2} ry="8" />
        </g>
      );
    case 'queue':
      return (
        <g {...common}>
          <rect width={W} height={H} rx="2" />
          {[12, 20, 28].map((inset) => (
            <line key={inset} x1={W - inset} x2={W - inset} y1="4" y2={H - 4} />
          ))}
        </g>
      );
    case 'topic':
      return <polygon points={`12,0 ${W - 12},0 ${W},${H / 2} ${W - 12},${H} 12,${H} 0,${H / 2}`} {...common} />;
    case 'bus':
      return <rect width={W} height={H} rx={H / 2} {...common} strokeDasharray="8 3" />;
    case 'client':
      return <ellipse cx={W / 2} cy={H / 2} rx={W / 2} ry={H / 2} {...common} />;
    case 'external':
      return <rect width={W} height={H} rx="4" {...common} strokeDasharray="4 3" />;
  }
}

function shortName(name: string): string {
  return name.length > 20 ? `${name.slice(0, 19)}…` : name;
}

function nodeSummary(node: MapNode): string {
  return `${node.name} (${SHAPE_STYLE[node.type].label}): ${node.requests} requests, ${node.errors} errors, average ${formatMs(node.averageMs)}`;
}

/** The service map drawn as SVG (callers left of what they call), with the same facts as tables below it. */
export function ServiceMapView({ map }: { map: ServiceMap }) {
  const layout = layoutServiceMap(map.nodes, map.edges);
  const names = new Map(map.nodes.map((node) => [node.id, node.name]));
  return (
    <div className="space-y-6">
      {/* Focusable, so a keyboard can scroll a map wider than the page. */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Service map drawing"
        className="overflow-x-auto rounded border border-slate-200 bg-white"
      >
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby="service-map-title"
        >
          <title id="service-map-title">{`Service map: ${map.nodes.length} nodes, ${map.edges.length} connections (the tables below list them)`}</title>
          <defs>
            <marker
              id="map-arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#475569" />
            </marker>
            <marker
              id="map-arrow-error"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#dc2626" />
            </marker>
          </defs>
          {layout.edges.map(({ edge, path, labelX, labelY, backwards }) => {
            const failing = edge.errors > 0;
            return (
              <g key={`${edge.source}->${edge.target}`} data-edge={`${edge.source}->${edge.target}`}>
                <title>{`${names.get(edge.source)} → ${names.get(edge.target)}: ${formatNumber(edge.requestsPerMinute)} requests/min, ${formatPercent(edge.errorRate)} errors, average ${formatMs(edge.averageMs)}, p99 ${formatMs(edge.p99Ms)}`}</title>
                <path
                  d={path}
                  fill="none"
                  stroke={failing ? '#dc2626' : '#64748b'}
                  strokeWidth={failing ? 2 : 1.5}
                  strokeDasharray={backwards ? '5 4' : undefined}
                  markerEnd={failing ? 'url(#map-arrow-error)' : 'url(#map-arrow)'}
                />
                <text
                  x={labelX}
                  y={labelY - 4}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#0f172a"
                  stroke="#ffffff"
                  strokeWidth="3"
                  paintOrder="stroke"
                >
                  {`${formatNumber(edge.requestsPerMinute)}/min · ${formatPercent(edge.errorRate)} err`}
                </text>
                <text
                  x={labelX}
                  y={labelY + 8}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#334155"
                  stroke="#ffffff"
                  strokeWidth="3"
                  paintOrder="stroke"
                >
                  {`avg ${formatMs(edge.averageMs)} · p99 ${formatMs(edge.p99Ms)}`}
                </text>
              </g>
            );
          })}
          {layout.nodes.map(({ node, x, y }) => (
            <g key={node.id} transform={`translate(${x},${y})`} data-node={node.id} data-type={node.type}>
              <title>{nodeSummary(node)}</title>
              <NodeShape type={node.type} stroke={node.errors > 0 ? '#dc2626' : '#334155'} />
              <text x={W / 2} y={H / 2 - 1} textAnchor="middle" fontSize="12" fontWeight="600" fill="#0f172a">
                {shortName(node.name)}
              </text>
              <text x={W / 2} y={H / 2 + 13} textAnchor="middle" fontSize="10" fill="#334155">
                {`${SHAPE_STYLE[node.type].label} · ${node.requests} req${node.errors > 0 ? ` · ${node.errors} err` : ''}`}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <MapTables map={map} names={names} />
    </div>
  );
}

const CELL = 'px-2 py-1.5';

function MapTables({ map, names }: { map: ServiceMap; names: Map<string, string> }) {
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <section aria-labelledby="map-edges-heading" className="space-y-2">
        <h2 id="map-edges-heading" className="text-lg font-semibold">
          Connections
        </h2>
        <div
          tabIndex={0}
          role="region"
          aria-label="Connections table"
          className="overflow-x-auto rounded border border-slate-200 bg-white"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Connections of the map</caption>
            <thead className="border-b border-slate-200 bg-slate-100">
              <tr>
                {['From', 'To', 'Requests', 'Per minute', 'Error rate', 'Average', 'p99'].map((label) => (
                  <th key={label} scope="col" className={`${CELL} font-medium`}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.edges.map((edge) => (
                <tr key={`${edge.source}->${edge.target}`} className="border-b border-slate-100 last:border-0">
                  <td className={CELL}>{names.get(edge.source) ?? edge.source}</td>
                  <td className={CELL}>{names.get(edge.target) ?? edge.target}</td>
                  <td className={`${CELL} tabular-nums`}>{edge.requests}</td>
                  <td className={`${CELL} tabular-nums`}>{formatNumber(edge.requestsPerMinute)}</td>
                  <td className={`${CELL} tabular-nums ${edge.errors > 0 ? 'font-medium text-red-800' : ''}`}>
                    {formatPercent(edge.errorRate)}
                  </td>
                  <td className={`${CELL} tabular-nums`}>{formatMs(edge.averageMs)}</td>
                  <td className={`${CELL} tabular-nums`}>{formatMs(edge.p99Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="map-nodes-heading" className="space-y-2">
        <h2 id="map-nodes-heading" className="text-lg font-semibold">
          Nodes
        </h2>
        <div
          tabIndex={0}
          role="region"
          aria-label="Nodes table"
          className="overflow-x-auto rounded border border-slate-200 bg-white"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Nodes of the map</caption>
            <thead className="border-b border-slate-200 bg-slate-100">
              <tr>
                {['Node', 'Type', 'Requests', 'Errors', 'Average'].map((label) => (
                  <th key={label} scope="col" className={`${CELL} font-medium`}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.nodes.map((node) => (
                <tr key={node.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className={`${CELL} font-normal`}>
                    {node.name}
                  </th>
                  <td className={CELL}>{SHAPE_STYLE[node.type].label}</td>
                  <td className={`${CELL} tabular-nums`}>{node.requests}</td>
                  <td className={`${CELL} tabular-nums ${node.errors > 0 ? 'font-medium text-red-800' : ''}`}>
                    {node.errors}
                  </td>
                  <td className={`${CELL} tabular-nums`}>{formatMs(node.averageMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
