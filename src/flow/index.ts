/** The flow's public face: step declarations, the resolver, the graph and the page paths (routing only, pure). */
export * from './steps';
export * from './resolve';
export * from './graph';
export * from './paths';
export * from './fix-steps';
