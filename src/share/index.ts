/** Shared links' public face (pure): the format's names, parse, build, the address cleanup, and what applying one means. */
export * from './names';
export * from './parse';
export * from './build';
export * from './address';
export * from './apply';
