export * from './questions';
export * from './plan';
