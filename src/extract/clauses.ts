/**
 * The ";"-separated parts of a text with each part's offset in it: plans list units ("X chủ trì; Y phối hợp"),
 * deadlines ("Quý II/2026; trước ngày 30/9/2026") and shortcomings ("… là: X; Y") this way.
 */
export function semicolonParts(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const part of text.split(';')) {
    out.push({ text: part, at });
    at += part.length + 1;
  }
  return out;
}

/** The ";"-separated parts of each sentence ("X chủ trì; Y phối hợp. Đồng chí A trực tiếp chỉ đạo."), with offsets. */
export function clauseParts(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  // (Not after a degree in capitals: "đồng chí PGS.TS. Hoàng Thanh Bình".)
  for (const sentence of text.split(/(?<=[\p{Ll}\d)”"]\.)(?=\s+\p{Lu})/u)) {
    for (const p of semicolonParts(sentence)) out.push({ text: p.text, at: at + p.at });
    at += sentence.length;
  }
  return out;
}
