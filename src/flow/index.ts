/** The flow's public face: step declarations, the resolver and the graph (routing only, pure). */
export * from './steps';
export * from './resolve';
export * from './graph';
export * from './paths';
