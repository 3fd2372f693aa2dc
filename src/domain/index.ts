export * from './questions';
export * from './plan';
export * from './fix';
export * from './fix-plan';
