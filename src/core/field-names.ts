/**
 * "Did you mean …?" for keys the schema does not know: the known name of the
 * same object nearest to what was written ("Emial" → "email", "opening_hours"
 * → "openingHours"), or what people call it ("telefon" → "phone"; on a
 * service, "contact.phone"). For the places where data is fixed: the command
 * line tool and the editor install it; the widgets name the unknown field
 * without a suggestion, so their code stays small.
 */
import { nearest } from './nearest.js';
import {
  type DataIssue,
  knownKeys,
  recordSchema,
  resolve,
  type SchemaNode,
  type Section,
  useFieldSuggestions,
} from './validate.js';

/**
 * Names people write for the schema's keys (Czech, English, the sheets'
 * headers, folded): "telefon" means phone. One is suggested only where its key
 * is known: in the object itself, else in an object inside it ("contact.phone").
 */
const ALIASES: Record<string, string[]> = {
  phone: ['telefon', 'tel', 'mobil', 'telephone', 'телефон'],
  email: ['mail', 'emailova adresa', 'пошта'],
  web: ['www', 'url', 'website', 'webova adresa', 'webove stranky', 'stranky'],
  person: ['kontaktni osoba', 'osoba'],
  name: ['nazev', 'jmeno'],
  title: ['nazev', 'titulek'],
  description: ['popis'],
  address: ['adresa', 'sidlo'],
  street: ['ulice'],
  number: ['cislo', 'cislo domu'],
  city: ['obec', 'mesto'],
  cityPart: ['cast obce'],
  postcode: ['psc', 'zip'],
  cityCode: ['kod obce'],
  district: ['okres'],
  region: ['kraj'],
  contact: ['kontakt', 'kontakty'],
  lat: ['latitude', 'sirka', 'zemepisna sirka'],
  lon: ['lng', 'long', 'longitude', 'delka', 'zemepisna delka'],
  openingHours: ['provozni doba', 'oteviraci doba'],
  type: ['druh', 'druh sluzby'],
  forms: ['formy', 'forma'],
  targetGroups: ['cilove skupiny', 'cilova skupina'],
  providerId: ['poskytovatel', 'provider'],
  municipalities: ['obce', 'pusobnost'],
  locations: ['mista', 'misto', 'location'],
  hidden: ['utajena', 'utajena adresa'],
  keywords: ['klicova slova'],
  fee: ['uhrada', 'cena'],
  capacity: ['kapacita'],
  organisation: ['organizace', 'organization'],
  members: ['clenove'],
  providers: ['poskytovatele'],
  services: ['sluzby'],
  groups: ['skupiny'],
  plans: ['plany', 'plan'],
};

/** [text to compare, name to suggest] for the keys of an object node: its own, then those of the objects in it. */
function suggestions(node: SchemaNode): [string, string][] {
  const own = (keys: string[], prefix: string): [string, string][] => [
    ...keys.map((key): [string, string] => [key, prefix + key]),
    ...keys.flatMap((key) => (ALIASES[key] ?? []).map((alias): [string, string] => [alias, prefix + key])),
  ];
  const children = Object.entries(node.properties ?? {})
    .map(([key, child]) => [key, resolve(child)] as const)
    .filter(([, child]) => child.properties);
  return [...own(knownKeys(node), ''), ...children.flatMap(([key, child]) => own(knownKeys(child), `${key}.`))];
}

/** The object node a field path ends in: "locations[0].address.ulice" → the Address node. */
function parentNode(root: SchemaNode, parts: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root);
  for (const part of parts) {
    if (!node) return undefined;
    if (/^\d+$/.test(part)) node = node.items && resolve(node.items);
    else node = findProperty(node, part);
  }
  return node;
}

/** A property of an object node or of the nodes it includes (allOf). */
function findProperty(node: SchemaNode, key: string): SchemaNode | undefined {
  const own = node.properties?.[key];
  if (own) return resolve(own);
  for (const part of node.allOf ?? []) {
    const found = findProperty(resolve(part), key);
    if (found) return found;
  }
  return undefined;
}

/** The known name nearest to an unknown field of an issue, or undefined when none is near. */
export function suggestField(issue: DataIssue): string | undefined {
  const parts = (issue.field ?? '').split(/[.[\]]+/).filter(Boolean);
  const key = parts.pop();
  const node = key ? parentNode(recordSchema(issue.section as Section | 'meta' | undefined), parts) : undefined;
  return node && key ? nearest(key, suggestions(node)) : undefined;
}

/** Fills in the suggestions of issues found before this module was loaded, and of every later validation. */
export function installFieldSuggestions(issues: DataIssue[] = []): void {
  useFieldSuggestions(suggestField);
  for (const issue of issues) if (issue.code === 'unknown-field') issue.expected ??= suggestField(issue);
}
