// 'export * as name from' re-exports a namespace object, under an identifier or any IdentifierName
// RUN: %astdiff %s

export * as ns from './a.js';
export * as default from './b.js';
export * as if from './c.js';
export * from './d.js';
