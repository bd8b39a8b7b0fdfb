export * from './vanban-error.ts';
