import type { OcrLine, OcrPage, OcrWord } from '../model/page.ts';

/** What repairPages needs of a repairer (src/repair `Repairer`). */
export interface TextRepairer {
  repair(text: string): { text: string; tokens: { start: number; end: number; confidence: number }[] };
}

/**
 * Repairs the OCR'd pages (a good text layer or typed text is used as is). The page text is repaired as a
 * whole (the language model sees across line ends) and mapped back onto its lines; a word keeps its box
 * when its line still has as many words, and takes the repairer's confidence for its span.
 */
export function repairPages(repairer: TextRepairer, pages: OcrPage[]): OcrPage[] {
  return pages.map((page) => (page.source === 'ocr' ? repairPage(repairer, page) : page));
}

function repairPage(repairer: TextRepairer, page: OcrPage): OcrPage {
  const result = repairer.repair(page.text);
  if (result.text === page.text) return page;
  const newLines = result.text.split('\n');
  if (newLines.length !== page.lines.length) {
    // Lines merged or split: keep the repaired text, drop word geometry that no longer matches.
    return { ...page, source: 'repaired', text: result.text, lines: newLines.map((t) => ({ text: t, confidence: page.confidence, words: words(t, 0, result.tokens) })) };
  }
  let offset = 0;
  const lines: OcrLine[] = page.lines.map((old, i) => {
    const text = newLines[i] ?? '';
    const repaired = words(text, offset, result.tokens);
    offset += text.length + 1;
    if (text === old.text) return old;
    // Same word count: the boxes still belong to the words; confidence is the weaker of OCR and repair.
    const keepBoxes = repaired.length === old.words.length;
    const merged: OcrWord[] = repaired.map((w, j) => {
      const before = keepBoxes ? old.words[j] : undefined;
      return { text: w.text, confidence: Math.min(w.confidence, before?.confidence ?? 1), ...(before?.bbox ? { bbox: before.bbox } : {}) };
    });
    const confidence = merged.length ? merged.reduce((s, w) => s + w.confidence, 0) / merged.length : old.confidence;
    return { ...old, text, words: merged, confidence };
  });
  const all = lines.flatMap((l) => l.words);
  const confidence = all.length ? all.reduce((s, w) => s + w.confidence, 0) / all.length : page.confidence;
  return { ...page, source: 'repaired', text: result.text, lines, confidence };
}

/** Words of one line with the confidence of the repair token covering each (1 when untouched). */
function words(line: string, lineStart: number, tokens: { start: number; end: number; confidence: number }[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const start = lineStart + (m.index ?? 0);
    const end = start + m[0].length;
    const covering = tokens.filter((t) => t.start < end && t.end > start);
    const confidence = covering.length ? Math.min(...covering.map((t) => t.confidence)) : 1;
    out.push({ text: m[0], confidence: Math.max(0, Math.min(1, confidence)) });
  }
  return out;
}
