/** Shared links' public face (pure): parse, build, migrate, strip, and what applying one means. */
export * from './link';
