/** An 8-bit single-channel image in memory (row-major). */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Value below which `share` of the pixels fall. */
export function percentile(img: GrayImage, share: number): number {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  const target = share * img.data.length;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc >= target) return v;
  }
  return 255;
}
