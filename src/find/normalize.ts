// One normal form for what readers type and what the index holds, so that 和平, Heping,
// heping, hépíng, "he ping", ＨＥＰＩＮＧ and HEPING all meet.
// NFKD splits tone marks (and ü's diaeresis) off their letters and folds full-width forms
// to half-width; then marks go, case goes, and everything that is not a letter or digit
// (spaces, apostrophes as in Nong'an, hyphens, brackets, quotes) goes.
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
