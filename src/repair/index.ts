export * from './repairer.ts';
export * from './lexicon.ts';
export * from './confusions.ts';
export * from './tokenize.ts';
export { loadLanguageModel } from '../lm/index.ts';
