/** Until the rule finder imports './gazetteer/index.js': the gazetteer's entry point is src/entities/gazetteer/index.ts. */
export * from './gazetteer/index.js';
