export * from './config.ts';
export * from './child-env.ts';
