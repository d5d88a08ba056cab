export { applyTopology, type AppliedQueue, type AppliedTopology, type ApplyTopologyOptions } from './apply-topology';
export { startLocalAws, type LocalAws, type LocalAwsOptions } from './local-aws';
export type { FunctionInvoker } from './eventbridge/target-delivery';
