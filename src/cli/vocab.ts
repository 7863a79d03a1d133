/**
 * Spreadsheet values → vocabulary codes. A cell may hold the code itself
 * ("pecovatelska-sluzba") or the Czech label ("Pečovatelská služba"), in any
 * case and with or without diacritics; service types also by paragraph
 * ("§ 40") or registry code, roles and sides also in the feminine and plural
 * forms people write.
 */
import { fold } from '../core/text.js';
import {
  CAPACITY_UNITS,
  FORMS,
  GROUP_KINDS,
  PLAN_STATUSES,
  ROLES,
  registryCodeOf,
  SERVICE_TYPES,
  type ServiceTypeCode,
  TARGET_GROUPS,
  TRIAD_SIDES,
} from '../core/vocabulary.js';

/** Folded text with punctuation collapsed: "Rodiny s dítětem/dětmi" → "rodiny s ditetem detmi". */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9§]+/g, ' ')
    .trim();
}

/** A region's name without the words every region has: "Plzeňský kraj", "Kraj Vysočina", "Hlavní město Praha" → "plzensky", "vysocina", "praha". */
export const regionKey = (name: string) =>
  normalize(name)
    .replace(/\b(kraj|hlavni mesto)\b/g, '')
    .trim();

export interface Vocabulary {
  /** The code for a cell value, or undefined. */
  match(value: string): string | undefined;
  /** A likely meant Czech label for an unknown value. */
  suggest(value: string): string | undefined;
  /** The Czech label of a code. */
  label(code: string): string;
  codes: string[];
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function makeVocabulary(labels: Record<string, { cs: string }>, aliases: Record<string, string[]> = {}): Vocabulary {
  const lookup = new Map<string, string>();
  const add = (text: string, code: string) => {
    const key = normalize(text);
    if (key && !lookup.has(key)) lookup.set(key, code);
  };
  for (const [code, label] of Object.entries(labels)) {
    add(code, code);
    add(label.cs, code);
    for (const alias of aliases[code] ?? []) add(alias, code);
  }
  return {
    codes: Object.keys(labels),
    match: (value) => lookup.get(normalize(value)),
    label: (code) => labels[code]?.cs ?? code,
    suggest(value) {
      const wanted = normalize(value);
      if (!wanted) return undefined;
      let best: { code: string; score: number } | undefined;
      for (const [key, code] of lookup) {
        let prefix = 0;
        while (prefix < Math.min(key.length, wanted.length) && key[prefix] === wanted[prefix]) prefix++;
        const distance = levenshtein(wanted, key);
        // A close spelling, or a long shared beginning ("pecovatelka" → "pečovatelská služba").
        const score = distance <= 2 ? 100 - distance : prefix >= 5 ? prefix : 0;
        if (score > 0 && (!best || score > best.score)) best = { code, score };
      }
      return best && labels[best.code]?.cs;
    },
  };
}

const serviceTypeAliases: Record<string, string[]> = {};
for (const [code, info] of Object.entries(SERVICE_TYPES)) {
  const list: string[] = [];
  if (info.paragraph) list.push(`§ ${info.paragraph}`, `§${info.paragraph}`, info.paragraph);
  const registryCode = registryCodeOf(code as ServiceTypeCode);
  if (registryCode) list.push(registryCode);
  serviceTypeAliases[code] = list;
}

export const serviceTypes = makeVocabulary(
  Object.fromEntries(Object.entries(SERVICE_TYPES).map(([code, info]) => [code, info.label])),
  {
    ...serviceTypeAliases,
    'sas-pro-rodiny-s-detmi': [...(serviceTypeAliases['sas-pro-rodiny-s-detmi'] ?? []), 'SAS pro rodiny s dětmi'],
    'sas-pro-seniory-a-osoby-se-zp': [
      ...(serviceTypeAliases['sas-pro-seniory-a-osoby-se-zp'] ?? []),
      'SAS pro seniory a osoby se zdravotním postižením',
      'SAS pro seniory',
    ],
    'nizkoprahova-zarizeni-pro-deti-a-mladez': [
      ...(serviceTypeAliases['nizkoprahova-zarizeni-pro-deti-a-mladez'] ?? []),
      'NZDM',
    ],
    'domovy-pro-osoby-se-zdravotnim-postizenim': [
      ...(serviceTypeAliases['domovy-pro-osoby-se-zdravotnim-postizenim'] ?? []),
      'DOZP',
    ],
    'domovy-se-zvlastnim-rezimem': [...(serviceTypeAliases['domovy-se-zvlastnim-rezimem'] ?? []), 'DZR'],
  },
);

export const forms = makeVocabulary(FORMS, {
  ambulantni: ['amb', 'FormaSocialniSluzby/amb'],
  terenni: ['ter', 'FormaSocialniSluzby/ter'],
  pobytova: ['pob', 'FormaSocialniSluzby/pob'],
});

export const targetGroups = makeVocabulary(TARGET_GROUPS, {
  'rodiny-s-detmi': ['rodiny s dětmi', 'rodiny s dítětem'],
  'deti-a-mladez-ohrozene': ['děti a mládež', 'děti a mládež ohrožené společensky nežádoucími jevy'],
  'osoby-s-dusevnim-onemocnenim': ['osoby s duševním onemocněním'],
  'osoby-bez-pristresi': ['osoby bez domova', 'lidé bez domova'],
  'osoby-zavisle': ['osoby závislé', 'osoby ohrožené závislostí'],
  'osoby-s-rizikovym-zpusobem-zivota': ['osoby s rizikovým způsobem života'],
  'osoby-v-socialne-vyloucenych-komunitach': ['osoby v sociálně vyloučených lokalitách'],
  'imigranti-a-azylanti': ['cizinci', 'migranti'],
});

export const groupKinds = makeVocabulary(GROUP_KINDS, {
  ridici: ['řídící', 'řídicí skupina', 'řídicí'],
  pracovni: ['pracovní'],
  jina: ['jiná'],
});

export const roles = makeVocabulary(ROLES, {
  garant: ['garantka'],
  predseda: ['předsedkyně'],
  mistopredseda: ['místopředsedkyně'],
  koordinator: ['koordinátorka'],
  manazer: ['manažerka'],
  zapisovatel: ['zapisovatelka'],
  clen: ['členka'],
  host: ['hostka'],
});

export const triadSides = makeVocabulary(TRIAD_SIDES, {
  zadavatel: ['zadavatelé'],
  poskytovatel: ['poskytovatelé'],
  uzivatel: ['uživatelé', 'uživatel služeb'],
  verejnost: ['veřejnost'],
});

export const planStatuses = makeVocabulary(PLAN_STATUSES, {
  nezahajeno: ['nezahájeno', 'nezahájené', 'nezačato'],
  probiha: ['probíhá', 'v realizaci', 'plní se'],
  splneno: ['splněno', 'splněné', 'hotovo'],
  odlozeno: ['odloženo'],
  zruseno: ['zrušeno'],
});

export const capacityUnits = makeVocabulary(CAPACITY_UNITS, {
  klient: ['klient', 'klienti', 'klienta', 'klientů', 'uživatel', 'uživatelů', 'osob'],
  kontakt: ['kontakt', 'kontakty', 'kontaktů'],
  interv: ['intervence', 'intervencí'],
  luzka: ['lůžko', 'lůžka', 'lůžek'],
  hovor: ['hovor', 'hovory', 'hovorů'],
});

/**
 * What a place is, in the services sheet's "Druh místa": where the service is provided, or the provider's
 * seat or office (a field service sets out from it, clients don't come). Two values: an unknown one is
 * always given the nearer of them.
 */
const LOCATION_ROLES = { service: { cs: 'místo poskytování' }, seat: { cs: 'sídlo poskytovatele' } };
const locationRoleWords = makeVocabulary(LOCATION_ROLES, {
  service: ['místo poskytování služby', 'místo', 'poskytování'],
  seat: ['sídlo', 'kancelář', 'kancelář poskytovatele', 'sídlo nebo kancelář', 'sídlo / kancelář'],
});
export const locationRoles: Vocabulary = {
  ...locationRoleWords,
  suggest(value) {
    const wanted = normalize(value);
    if (!wanted) return undefined;
    const nearest = Object.values(LOCATION_ROLES)
      .map(({ cs }) => ({ cs, distance: levenshtein(wanted, normalize(cs)) }))
      .sort((a, b) => a.distance - b.distance)[0];
    return locationRoleWords.suggest(value) ?? nearest?.cs;
  },
};

/** Yes/no in a cell: "ano", "ne", "x", "1", "TRUE"… undefined for anything else. */
export function parseYesNo(value: string): boolean | undefined {
  const key = normalize(value);
  if (['ano', 'a', 'x', '1', 'true', 'yes', 'y', 'pravda'].includes(key)) return true;
  if (['ne', 'n', '0', 'false', 'no', 'nepravda'].includes(key)) return false;
  return undefined;
}
