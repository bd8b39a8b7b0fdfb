import type { Block } from './blocks.ts';
import { findDeadlines } from './deadlines.ts';
import type { SectionNode } from './sections.ts';
import { FINDING_WORDS, splitNumbered, type ShortcomingDraft } from './shortcomings.ts';
import { opensWithVerb, sentenceUnits } from './units.ts';

/** Words that state a finding beyond those of the finding readers ("chỉ đạt 58,6%", "quá hạn"). */
const MORE_FINDING = /(?<![\p{L}])(?:chỉ đạt|quá hạn)(?![\p{L}])/u;
/**
 * A measure opens with its verb ("Rà soát …", "Giao X …": the verbs that end a unit's name), or with these; a finding
 * with what is found ("Tỷ lệ …", "Chưa giám sát …").
 */
const MEASURE_OPENING = /^\s*(?:Chấn chỉnh|Khắc phục|Xử lý|Đề nghị|Yêu cầu|Hằng|Phấn đấu|Không(?= (?:để|giao|ký|cho|được)(?![\p{L}])))(?![\p{L}])/u;
/** A duty given to someone: a role verb not negated ("các khoa ngoại không theo dõi …" states a finding). */
const DUTY = /(?<!(?:không|chưa)\s)(?:chủ trì|phối hợp|tham mưu|thực hiện|theo dõi|đôn đốc|chịu trách nhiệm|chỉ đạo|lãnh đạo)(?![\p{L}])/u;

function statesFinding(sentence: string): boolean {
  // "Việc chấp hành … chưa nghiêm: 03 xuất bản phẩm … in trong tháng 01/2026 …" (or "…; chưa ra nghị quyết lãnh đạo …"):
  // a finding, then its evidence, whose dates are past events and whose nouns may look like duties.
  const claim = /^([^:;.]{10,200})[:;]\s/u.exec(sentence)?.[1];
  // (Not when it names who acts: "Phòng X rà soát hồ sơ còn thiếu; …", "Đối với …, Ban Y hướng dẫn …; …".)
  if (claim && FINDING_WORDS.test(claim) && !MEASURE_OPENING.test(claim) && !opensWithVerb(claim) && !DUTY.test(claim) && findDeadlines(claim, false).length === 0 && sentenceUnits(claim).length === 0) return true;
  // (A survey's dates before inline findings, "Khảo sát … từ ngày 02/3 đến ngày 20/3/2026 …: (1) …; (2) …", are no deadline.)
  const listed = splitNumbered(sentence).length >= 2;
  // (A condition in a measure, "bên thuê không chấp hành thì chấm dứt hợp đồng", states no finding.)
  const stated = sentence.replace(/[^,;.]*\sthì\s[^,;.]*/gu, '');
  // (A time clause may open it: "Sau sắp xếp đơn vị hành chính, hồ sơ … chưa được bàn giao …".)
  const opening = sentence.replace(/^\s*(?:Sau|Trong|Đến|Tính đến|Năm)\s[^,;.]{2,60},\s*/u, '');
  // (Nor a survey whose results follow: "Khảo sát 1.250 người bệnh … cho thấy …".)
  const survey = /^\s*Khảo sát\s(?:[^.;]|\.(?=\d))*\scho thấy\s/u.test(opening);
  return (FINDING_WORDS.test(stated) || MORE_FINDING.test(stated)) && !MEASURE_OPENING.test(opening) && (survey || !opensWithVerb(opening)) && !DUTY.test(sentence) && (listed || findDeadlines(sentence, false).length === 0);
}

/**
 * In a part that holds the shortcomings with their measures ("II. TỒN TẠI, HẠN CHẾ VÀ BIỆN PHÁP KHẮC PHỤC"), the
 * sentences that open a paragraph and state a finding before its measure ("3.1. Tỷ lệ tuân thủ vệ sinh tay chỉ đạt
 * 58,6%. Phòng Vật tư đã cấp bổ sung …"): one draft per finding (inline "(1) …; (2) …" items one each), `end` the
 * offset in the block's text where the finding ends, `whole` when the paragraph states nothing else.
 */
export function leadFindings(b: Block, section: SectionNode, keyBase: string): { drafts: ShortcomingDraft[]; end: number; whole: boolean } | null {
  const at = b.text.length - b.content.length;
  const content = b.content;
  // A line leading a list ("… còn các tồn tại sau:") leaves the findings to the list readers.
  if (/:\s*$/.test(content)) return null;
  const ends = [...content.matchAll(/\.\s+(?=\p{Lu})|\.?\s*$/gu)].map((m) => m.index + 1);
  let end = 0;
  for (const e of ends) {
    if (!statesFinding(content.slice(end, e))) break;
    end = e;
  }
  const text = content.slice(0, end).trim().replace(/[\s.;:]+$/u, '');
  if (text.split(/\s+/).length < 6) return null;
  const lead = content.length - content.trimStart().length;
  const draft = (from: number, t: string): ShortcomingDraft => ({ key: keyBase, text: t, number: null, block: b, from: at + from, to: at + from + t.length, section, parentKey: null, group: null });
  // "… người bệnh chưa hài lòng nhiều nhất ở: (1) …; (2) …": the numbered findings, not the survey before them.
  const items = splitNumbered(text);
  const drafts = items.length >= 2 ? items.map((it, i) => ({ ...draft(lead + it.from, it.text), key: `${keyBase}.${i + 1}` })) : [draft(lead, text)];
  return { drafts, end: at + end, whole: content.slice(end).trim() === '' };
}
