/** How the plan writes years, money and percentages, in the interface's language. */
import { formatNumber, type Lang } from '../../core/i18n.js';
import type { Amounts } from '../summary.js';

/** Years as people write them: "2022–2025", or "2023" for one year. */
export function years(from?: number, to?: number): string {
  if (from === undefined) return to === undefined ? '' : String(to);
  return to === undefined || to === from ? String(from) : `${from}–${to}`;
}

/** Money the language's way: "1 250 000 Kč". */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  try {
    return formatNumber(lang, amount, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return `${formatNumber(lang, amount, { maximumFractionDigits: 0 })} ${currency}`;
  }
}

/** Sums in several currencies: "1 250 000 Kč + 20 000 €". */
export function formatAmounts(lang: Lang, amounts: Amounts): string {
  return Object.entries(amounts)
    .map(([currency, amount]) => formatMoney(lang, amount, currency))
    .join(' + ');
}

/** A percentage from 0–100: "45 %". */
export function percent(lang: Lang, value: number): string {
  return formatNumber(lang, Math.round(value) / 100, { style: 'percent', maximumFractionDigits: 0 });
}
