import { createRepairer, loadLanguageModel, type Repairer } from '../../repair/index.ts';
import type { TokenInfo } from '../../review/review-pages.ts';
import type { RepairTokensFn } from './review-source.ts';

/**
 * Repair tokens (with the model's alternatives for each word) for a page's OCR text, computed on demand
 * for the review page: the pipeline stores the OCR and the repaired text, not the alternatives. The model
 * loads once; without a model (MODEL_MISSING) review still works, just without alternatives.
 */
export function createRepairTokens(opts: { lmPath?: string | undefined; toneStyle: 'old' | 'new'; log?: (msg: string) => void }): RepairTokensFn {
  let repairer: Promise<Repairer | undefined> | undefined;
  const cache = new Map<string, TokenInfo[]>();
  const get = (): Promise<Repairer | undefined> => {
    repairer ??= loadLanguageModel(...(opts.lmPath ? [opts.lmPath] : [])).then(
      (model) => createRepairer({ model, toneStyle: opts.toneStyle }),
      (e: unknown) => {
        opts.log?.(`review: no repair alternatives (${e instanceof Error ? e.message : String(e)})`);
        return undefined;
      },
    );
    return repairer;
  };
  return async (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const r = await get();
    const tokens: TokenInfo[] = r ? r.repair(text).tokens.map((t) => ({ original: t.original, text: t.text, confidence: t.confidence, alternatives: t.alternatives })) : [];
    // Bounded: recently viewed pages only.
    if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
    cache.set(text, tokens);
    return tokens;
  };
}
