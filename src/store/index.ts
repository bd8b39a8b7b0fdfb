export * from './content-store.ts';
export * from './open-database.ts';
export * from './schema.ts';
export * from './store.ts';
