import { FAMILY_NAMES } from '../vietnamese/index.ts';
import { fold } from './fold.ts';

/**
 * Common Vietnamese family names (folded; the shared list, plus "Quang", which this list has always had):
 * a signer's name interleaved into a recipient line, or a person named in a role line without "Đồng chí",
 * starts with one.
 */
export const SURNAMES = new Set([...FAMILY_NAMES, 'Quang'].map((n) => fold(n)));
