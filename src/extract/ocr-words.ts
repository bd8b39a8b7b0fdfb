/**
 * Folded-text patterns of the genre's key words that still match after OCR damage: vowels and marks are
 * the first casualties ("thue hién", "theo dédi", "thùng xuyeén"), then a final consonant ("thu hien").
 */
export const THUC_HIEN = String.raw`th[a-z]{1,2}c? hi[a-z]{1,2}n`;
export const THUONG_XUYEN = String.raw`th[a-z]{1,3}ng xuy[a-z]{1,2}n`;
export const THEO_DOI = String.raw`theo d[a-z]{1,2}i`;
/** "tháng" before a month number ("trang 7/2026", "thdng 3/2026"); exact matches contain "thang". */
export const THANG = String.raw`(?:thang|t[hr][a-z]{1,2}ng)`;
