import { plural } from './plural.js';
import type { SharedStrings } from './types.js';

/**
 * The shared Czech texts; each element adds its own section when its module
 * loads (addTexts in i18n.ts), and the words of data issues load when a page
 * has some (cs-issues.ts).
 */
export const cs: SharedStrings = {
  loading: 'Načítám data…',
  retry: 'Zkusit znovu',
  sampleData: 'Ukázková data: obsah je zčásti smyšlený.',
  updated: (date) => `Aktualizováno ${date}`,
  source: 'Zdroj',
  issuesSummary: (n) => `${n} ${plural('cs', n, 'problém', 'problémy', 'problémů')} v datech`,
  loadError: {
    http: (url, status) => `Soubor ${url} se nepodařilo načíst (chyba HTTP ${status}).`,
    network: (url) => `Soubor ${url} se nepodařilo načíst: server neodpovídá nebo je spojení přerušené.`,
    timeout: (url, s) => `Soubor ${url} se nenačetl do ${s} sekund.`,
    parse: (url, detail) => `Soubor ${url} není platný JSON: ${detail}.`,
    html: (url) => `Soubor ${url} neobsahuje data JSON, ale webovou stránku (HTML). Zkontrolujte adresu.`,
    empty: (url) => `Soubor ${url} je prázdný.`,
    noData: 'Nejsou nastavena žádná data: doplňte atribut src nebo vložená data JSON.',
  },
  contact: { phone: 'Telefon', email: 'E-mail', web: 'Web' },
  approximateLocation: 'poloha přibližně: střed obce',
  seatLocation: 'sídlo poskytovatele, služba se poskytuje jinde',
};
