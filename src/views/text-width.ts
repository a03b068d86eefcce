// How wide a line of label text is, estimated without a browser, so the paired layout is a
// pure function of (width, height, language, state) that unit tests and the figure export can
// run. The widths are per character class of Noto Sans CJK / system sans, rounded up: the box
// drawn around the text is never narrower than the text (checked in the browser tests).

/** Advance width in em of one character. */
function advance(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80) return 1; // CJK ideographs, kana, full-width forms
  if (ch === ' ') return 0.28;
  if ('iljtfrI.,:;\'’!|'.includes(ch)) return 0.34;
  if ('mwMW'.includes(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (ch === '-' || ch === '–') return 0.45;
  return 0.58; // lower case, digits, accented Latin (ü)
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return Math.ceil(em * fontSize);
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `max` px, at spaces (English) or
 * between characters (Chinese names are short and break only on the narrowest phones).
 * Returns null if it does not fit.
 */
export function wrapText(text: string, fontSize: number, max: number, maxLines: number): string[] | null {
  if (textWidth(text, fontSize) <= max) return [text];
  if (maxLines < 2) return null;
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const sep = text.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? line + sep + word : word;
    if (textWidth(next, fontSize) <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  if (lines.length > maxLines || lines.some((l) => textWidth(l, fontSize) > max)) return null;
  return lines;
}

/** The text cut to fit `max` px with an ellipsis (the full name stays in the label's title). */
export function ellipsize(text: string, fontSize: number, max: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
