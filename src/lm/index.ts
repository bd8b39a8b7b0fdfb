export * from './tokens.ts';
export * from './language-model.ts';
export * from './ngram-model.ts';
export * from './interpolate.ts';
export * from './memo.ts';
export * from './load.ts';
export * from './build.ts';
export * from './format.ts';
