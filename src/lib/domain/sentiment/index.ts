export * from './labels.js';
export * from './logistic.js';
export * from './metrics.js';
