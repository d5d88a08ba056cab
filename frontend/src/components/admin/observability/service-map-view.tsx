import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { layoutServiceMap, NODE_HEIGHT as H, NODE_WIDTH as W } from '@/lib/admin/observability/service-map-layout';
import type { MapEdge, MapNode, NodeType, ServiceMap } from '@/lib/admin/observability/types';
import { DataTable, errorTone, NUMBER, type Column } from './data-table';
import { TitledSection } from './titled-section';

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

/** The arrowhead at the end of an edge. */
function ArrowHead({ id, fill }: { id: string; fill: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  );
}

/** A line of text on an edge, haloed in white so it stays readable where it crosses other edges. */
function EdgeLabel({ x, y, fill, children }: { x: number; y: number; fill: string; children: string }) {
  return (
    <text
      x={x}
      y={y}
      textAnchor="middle"
      fontSize="10"
      fill={fill}
      stroke="#ffffff"
      strokeWidth="3"
      paintOrder="stroke"
    >
      {children}
    </text>
  );
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
            <ArrowHead id="map-arrow" fill="#475569" />
            <ArrowHead id="map-arrow-error" fill="#dc2626" />
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
                <EdgeLabel x={labelX} y={labelY - 4} fill="#0f172a">
                  {`${formatNumber(edge.requestsPerMinute)}/min · ${formatPercent(edge.errorRate)} err`}
                </EdgeLabel>
                <EdgeLabel x={labelX} y={labelY + 8} fill="#334155">
                  {`avg ${formatMs(edge.averageMs)} · p99 ${formatMs(edge.p99Ms)}`}
                </EdgeLabel>
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

function MapTables({ map, names }: { map: ServiceMap; names: Map<string, string> }) {
  const edgeColumns: readonly Column<MapEdge>[] = [
    { header: 'From', cell: (edge) => names.get(edge.source) ?? edge.source },
    { header: 'To', cell: (edge) => names.get(edge.target) ?? edge.target },
    { header: 'Requests', className: NUMBER, cell: (edge) => edge.requests },
    { header: 'Per minute', className: NUMBER, cell: (edge) => formatNumber(edge.requestsPerMinute) },
    {
      header: 'Error rate',
      className: (edge) => errorTone(edge.errors > 0),
      cell: (edge) => formatPercent(edge.errorRate),
    },
    { header: 'Average', className: NUMBER, cell: (edge) => formatMs(edge.averageMs) },
    { header: 'p99', className: NUMBER, cell: (edge) => formatMs(edge.p99Ms) },
  ];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <TitledSection id="map-edges-heading" title="Connections">
        <DataTable
          caption="Connections of the map"
          region="Connections table"
          columns={edgeColumns}
          rows={map.edges}
          rowKey={(edge) => `${edge.source}->${edge.target}`}
          dense
        />
      </TitledSection>
      <TitledSection id="map-nodes-heading" title="Nodes">
        <DataTable
          caption="Nodes of the map"
          region="Nodes table"
          columns={NODE_COLUMNS}
          rows={map.nodes}
          rowKey={(node) => node.id}
          dense
        />
      </TitledSection>
    </div>
  );
}

const NODE_COLUMNS: readonly Column<MapNode>[] = [
  { header: 'Node', rowHeader: true, className: 'font-normal', cell: (node) => node.name },
  { header: 'Type', cell: (node) => SHAPE_STYLE[node.type].label },
  { header: 'Requests', className: NUMBER, cell: (node) => node.requests },
  { header: 'Errors', className: (node) => errorTone(node.errors > 0), cell: (node) => node.errors },
  { header: 'Average', className: NUMBER, cell: (node) => formatMs(node.averageMs) },
];
