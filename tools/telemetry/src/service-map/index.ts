export { buildServiceMap, type MapEdge, type MapNode, type ServiceMap } from './service-map';
export type { NodeType } from './span-edges';
