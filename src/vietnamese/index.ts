export * from './marks.ts';
export * from './normalize.ts';
export * from './syllable.ts';
export * from './casing.ts';
export * from './text.ts';
export * from './names.ts';
