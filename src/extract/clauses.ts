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
