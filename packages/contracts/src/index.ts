import './messages.js';
export * from './problem.js';
export * from './pagination.js';
export * from './phone.js';
export * from './clients.js';
export * from './health.js';
