export * from './api/common';
export * from './api/health.contract';
export * from './api/content.contract';
export * from './api/partnerships.contract';
export * from './api/evaluations.contract';
export * from './api/dashboards.contract';
export * from './api/auth.contract';
