// A result's figures as the panel, the tour's cards and the data downloads write them. Loaded with
// the results (src/views/panel-outcomes.ts) and by those lazy parts: nothing of it is in the first paint.
import type { Figure } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';

/**
 * A figure's number as `toLocaleString('en')` and `toLocaleString('zh-CN')` both write it (`12,345.5`:
 * grouped by thousands, at most three decimals, half away from zero on the number's shortest decimal
 * form), written out here instead: the first `toLocaleString` loads ICU's number data, 75 ms of the
 * main thread at 1× CPU and 300 ms at 4× (a CPU profile of a cold load, 7 Dec 2026), in the task
 * that draws the results after the page is shown, or before the first paint under a link to a pairing.
 */
export function formatNumber(value: number): string {
  // Rounded on the number's shortest decimal form (`1.0005` → 1.001) as Intl rounds it, digit by
  // digit: scaling by 1000 in floating point first rounded 434505026007.51447 up to …007.515 (a
  // double near 4·10¹⁴ has steps of 1/16). For what a figure holds: 0 ≤ value < 10¹², no exponent.
  const [whole = '0', fraction = ''] = String(value).split('.');
  const truncated = BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
  const thousandths = String(Number(fraction[3] ?? '0') >= 5 ? truncated + 1n : truncated).padStart(4, '0');
  const decimals = thousandths.slice(-3).replace(/0+$/, '');
  return thousandths.slice(0, -3).replace(/\B(?=(\d{3})+$)/g, ',') + (decimals && `.${decimals}`);
}

/**
 * `200余次` / `more than 200 activities`, `500多亿元` / `more than 50 billion yuan`, `90%以上` /
 * `90% or more`: hedged exactly as the source hedges it (余 stays 余, 多 stays 多), money in
 * English in billions of yuan as a newspaper writes it.
 */
export function formatFigure(f: Figure, lang: Lang): string {
  if (lang === 'zh' && f.written) return f.written;
  const value = lang === 'en' && f.enValue !== undefined ? f.enValue : f.value;
  const n = formatNumber(value);
  const unit = f.unit[lang];
  const glue = lang === 'en' && !unit.startsWith('%') ? ' ' : '';
  if (f.qualifier === 'at-least') return lang === 'zh' ? `${n}${unit}以上` : `${n}${glue}${unit} or more`;
  if (f.qualifier === 'more-than') return lang === 'zh' ? `${n}${f.hedge ?? '余'}${unit}` : `${STRINGS.en.figureMoreThan} ${n}${glue}${unit}`;
  return `${n}${glue}${unit}`;
}
