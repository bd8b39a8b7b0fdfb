export { cleanPageImage, DEFAULT_CLEANUP_POLICY, type CleanupPolicy, type CleanedPage } from './clean-page-image.ts';
export { openImageReader } from './image-reader.ts';
export { measureQuality, type PageQuality } from './measure-quality.ts';
export { estimateSkew } from './estimate-skew.ts';
export { flattenIllumination } from './flatten-illumination.ts';
export type { PageImage } from './page-image.ts';
export type { GrayImage } from './gray-image.ts';
