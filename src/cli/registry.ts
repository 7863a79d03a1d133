/**
 * The national registry of social-service providers (MPSV, "registr
 * poskytovatelů sociálních služeb") → a KPSS dataset for one area.
 *
 * Two shapes are read:
 * - "rpss": the registry's open-data export rpss.json, root key `polozky`,
 *   one item per service (identifikator, druhSocialniSluzby{id},
 *   poskytovatel{ico, nazev, adresa, emaily, telefony, weby},
 *   ciloveSkupiny[{cilovaSkupina{id}}], vekoveSkupiny, formy[{forma{id},
 *   kapacity[{pocet, typ{id}}]}], zarizeni[{adresa{…}, utajenaAdresa}]),
 *   as described in the project's domain reference; code-list values are
 *   `{id}` objects whose names come from the separate code-list files
 *   (--ciselnik) or from a `nazev` given inline. No coordinates.
 * - "excerpt": a catalogue of places built from the registry
 *   (verzeSchematu 1.x, root key `mista`): places with a RÚIAN address and
 *   WGS84 coordinates, each listing its services (zdroj MPSV, or UZIS for
 *   health care) with druhSluzby{kod}, formy[{forma, kapacitaRegistrovana}],
 *   kontakt{weby, emaily, telefony}, poskytovatel{nazev, ico}.
 *
 * A place without coordinates (or with coordinates outside Czechia) is put at
 * its municipality's centre and marked `approximate`, so that it is on the map
 * and counts in distance sorting; a hidden place never gets a point.
 *
 * A place where clients don't come is marked `role: 'seat'` (the provider's
 * seat or office a field service sets out from): every place of a service
 * provided only in the field (terénní, no other form), and, for a service of
 * no known outpatient or residential form, a place at the provider's own
 * address (the same RÚIAN address point, else the same street, number and
 * municipality) when the service has other places too. The registry lists no
 * municipalities a field service serves, so `municipalities` stays unset.
 *
 * Over 400 lines: the registry's two export shapes and their code lists, read into one contract.
 */
import { type RemovedField, redactHiddenLocations } from '../core/hidden.js';
import { nearestNames } from '../core/nearest.js';
import { isValidEmail, isValidPhone, safeWebUrl } from '../core/safe-url.js';
import type { Address, Capacity, ContactInfo, KpssDataset, Provider, Service, ServiceLocation } from '../core/types.js';
import {
  CAPACITY_UNITS,
  type Form,
  SERVICE_TYPES,
  type ServiceTypeCode,
  serviceTypeForRegistryCode,
  type TargetGroupCode,
} from '../core/vocabulary.js';
import { coordinateProblem, phoneProblem } from './checks.js';
import type { MunicipalityCentre, MunicipalityQuery } from './municipalities.js';
import type { Progress } from './progress.js';
import { forms as formVocabulary, normalize, regionKey, targetGroups as targetGroupVocabulary } from './vocab.js';

export interface AreaFilter {
  obec: string[];
  okres: string[];
  kraj: string[];
  all: boolean;
}

export interface RegistryOptions {
  area: AreaFilter;
  withHealth: boolean;
  /** Names of code-list items by id (from --ciselnik files). */
  codeNames: Map<string, string>;
  /** A progress display for a number of items. */
  progress: (total: number) => Progress;
  /** ISO date of today, for services whose provision has ended. */
  today: string;
  /** The centre of an address's municipality, for places without coordinates. */
  centreOf?: (place: MunicipalityQuery) => MunicipalityCentre | undefined;
}

export type SkipReason =
  | 'outsideArea'
  | 'health'
  | 'unknownType'
  | 'ended'
  | 'noName'
  | 'noAddress'
  | 'noCoordinates'
  | 'badCoordinates'
  | 'badContact'
  | 'unknownTargetGroup'
  | 'unknownCapacity'
  | 'unknownForm';

export interface RegistryResult {
  format: 'rpss' | 'excerpt';
  dataset: KpssDataset;
  skipped: Map<SkipReason, { count: number; examples: string[] }>;
  /** The area as found in the data, e.g. "Příbram" or "Plzeňský kraj". */
  areaName: string;
  /** What was taken out of hidden places (the file is public): all but the municipality. */
  removed: RemovedField[];
  /** How many places without (valid) coordinates were put at their municipality's centre. */
  atMunicipalityCentre: number;
  /** How many places were marked as the provider's seat or office (`role: 'seat'`), not where clients come. */
  seats: number;
  /** Values of the area options that no place of the data lies in (a typo, "--obec Susic"): nothing is written. */
  unmatched: UnmatchedArea[];
}

// ------------------------------------------------------------------ shapes

interface RawAddress {
  /** The RÚIAN address point (kodAdresnihoMista). */
  pointCode?: string;
  street?: string;
  number?: string;
  city?: string;
  cityCode?: string;
  cityPart?: string;
  postcode?: string;
  district?: string;
  districtCode?: string;
  region?: string;
  regionCode?: string;
}

interface RawPlace {
  key: string;
  address?: RawAddress;
  lat?: unknown;
  lon?: unknown;
  hidden: boolean;
}

interface RawService {
  id: string;
  name?: string;
  health: boolean;
  typeCode?: string;
  provider?: { ico?: string; name?: string; address?: RawAddress; contact: RawContact };
  forms: { form: string; capacities: { type: string; count: unknown }[] }[];
  targetGroups: { id?: string; name?: string }[];
  ageGroups: string[];
  places: RawPlace[];
  contact: RawContact;
  endDate?: string;
}

interface RawContact {
  emails: string[];
  phones: string[];
  webs: string[];
}

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

/** The last part of a code-list id: "FormaSocialniSluzby/amb" → "amb", "Obec/539911" → "539911". */
const lastPart = (id: string) => id.split('/').at(-1) ?? id;

export function detectFormat(doc: unknown): 'rpss' | 'excerpt' | undefined {
  if (isRecord(doc) && Array.isArray(doc.polozky)) return 'rpss';
  if (isRecord(doc) && Array.isArray(doc.mista)) return 'excerpt';
  return undefined;
}

/** Reads code-list files ({"polozky": [{id, nazev: {cs}}]} or a plain array) into id → name. */
export function codeListNames(docs: unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of docs) {
    const items = Array.isArray(doc) ? doc : isRecord(doc) ? list(doc.polozky ?? doc.items) : [];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const id = str(item.id) ?? str(item.kod);
      const name = isRecord(item.nazev) ? str(item.nazev.cs) : str(item.nazev);
      if (id && name) {
        names.set(id, name);
        names.set(lastPart(id), names.get(lastPart(id)) ?? name);
      }
    }
  }
  return names;
}

/** A code-list value: "amb", {id: "…"} or {kod: "…"}. */
function codeOf(value: unknown): string | undefined {
  if (isRecord(value)) return str(value.id) ?? str(value.kod);
  return str(value);
}

/** A name: "Příbram", {nazev: "…"}, {nazev: {cs: "…"}}, or an {id} looked up in the code lists. */
function nameOf(value: unknown, codeNames: Map<string, string>): string | undefined {
  if (isRecord(value)) {
    const inline = isRecord(value.nazev) ? str(value.nazev.cs) : str(value.nazev);
    if (inline) return inline;
    const id = codeOf(value);
    return id ? (codeNames.get(id) ?? codeNames.get(lastPart(id))) : undefined;
  }
  return str(value);
}

function contactOf(holder: unknown): RawContact {
  const strings = (value: unknown) =>
    list(value)
      .map((item) => (isRecord(item) ? Object.values(item).find((v) => typeof v === 'string') : item))
      .map(str)
      .filter((v): v is string => v !== undefined);
  const h = isRecord(holder) ? holder : {};
  return { emails: strings(h.emaily), phones: strings(h.telefony), webs: strings(h.weby) };
}

function houseNumber(domovni: unknown, orientacni: unknown): string | undefined {
  const cd = str(domovni);
  const co = str(orientacni);
  return cd && co ? `${cd}/${co}` : (cd ?? co);
}

function rpssAddress(value: unknown, codeNames: Map<string, string>): RawAddress | undefined {
  if (!isRecord(value)) return undefined;
  const obec = value.obec;
  const okres = value.okres;
  const kraj = value.kraj;
  const cityCode = codeOf(obec);
  return {
    pointCode: str(value.kodAdresnihoMista),
    street: nameOf(value.ulice, codeNames),
    number: houseNumber(value.cisloDomovni, value.cisloOrientacni),
    city: nameOf(obec, codeNames),
    cityCode: cityCode ? lastPart(cityCode) : undefined,
    cityPart: nameOf(value.castObce, codeNames),
    postcode: str(value.psc),
    district: nameOf(okres, codeNames),
    districtCode: isRecord(okres) ? codeOf(okres) && lastPart(codeOf(okres) as string) : undefined,
    region: nameOf(kraj, codeNames),
    regionCode: codeOf(kraj) && lastPart(codeOf(kraj) as string),
  };
}

function readRpss(doc: Rec, codeNames: Map<string, string>): { services: RawService[]; total: number } {
  const items = list(doc.polozky);
  const services: RawService[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const id = str(item.identifikator) ?? str(item.id);
    if (!id) continue;
    const provider = isRecord(item.poskytovatel) ? item.poskytovatel : undefined;
    services.push({
      id,
      name: str(item.nazev) ?? str(item.nazevSluzby),
      health: false,
      typeCode: codeOf(item.druhSocialniSluzby),
      provider: provider && {
        ico: str(provider.ico),
        name: nameOf(provider, codeNames) ?? str(provider.nazev),
        address: rpssAddress(provider.adresa, codeNames),
        contact: contactOf(provider),
      },
      forms: list(item.formy).map((form) => {
        const f = isRecord(form) ? form : {};
        return {
          form: lastPart(codeOf(f.forma) ?? ''),
          capacities: list(f.kapacity).map((c) => ({
            type: lastPart(codeOf(isRecord(c) ? c.typ : undefined) ?? ''),
            count: isRecord(c) ? c.pocet : undefined,
          })),
        };
      }),
      targetGroups: list(item.ciloveSkupiny).map((entry) => {
        const group = isRecord(entry) ? (entry.cilovaSkupina ?? entry) : entry;
        return { id: codeOf(group), name: nameOf(group, codeNames) };
      }),
      ageGroups: list(item.vekoveSkupiny)
        .map((entry) => nameOf(isRecord(entry) ? (entry.vekovaSkupina ?? entry) : entry, codeNames))
        .filter((name): name is string => name !== undefined),
      places: list(item.zarizeni).map((place, i) => {
        const p = isRecord(place) ? place : {};
        return {
          key: `${id}/${i}`,
          address: rpssAddress(p.adresa, codeNames),
          hidden: p.utajenaAdresa === true || item.utajenaAdresa === true,
        };
      }),
      contact: contactOf(item),
      endDate: str(item.datumUkonceni) ?? str(item.datumPoskytovaniDo),
    });
  }
  return { services, total: items.length };
}

function readExcerpt(doc: Rec): { services: RawService[]; total: number } {
  const byId = new Map<string, RawService>();
  const places = list(doc.mista);
  for (const place of places) {
    if (!isRecord(place)) continue;
    const a = isRecord(place.adresa) ? place.adresa : undefined;
    const coordinates = isRecord(place.souradnice) ? place.souradnice : {};
    const raw: RawPlace = {
      key: str(place.id) ?? '',
      address: a && {
        pointCode: str(place.kodAdresnihoMista) ?? str(a.kodAdresnihoMista),
        street: str(a.ulice),
        number: houseNumber(a.cisloDomovni, a.cisloOrientacni),
        city: str(a.obec),
        cityCode: str(a.kodObce),
        cityPart: str(a.castObce),
        postcode: str(a.psc),
        district: str(a.okres),
        districtCode: str(a.kodOkresu),
        region: str(a.kraj),
        regionCode: str(a.kodKraje),
      },
      lat: coordinates.lat,
      lon: coordinates.lng ?? coordinates.lon,
      hidden: place.utajenaAdresa === true,
    };
    for (const entry of list(place.sluzby)) {
      if (!isRecord(entry)) continue;
      const id = str(entry.id);
      if (!id) continue;
      let service = byId.get(id);
      if (!service) {
        const type = isRecord(entry.druhSluzby) ? entry.druhSluzby : {};
        const provider = isRecord(entry.poskytovatel) ? entry.poskytovatel : {};
        service = {
          id,
          name: str(entry.nazev),
          health: str(entry.zdroj)?.toUpperCase() !== 'MPSV',
          typeCode: str(type.kod),
          provider: { ico: str(provider.ico), name: str(provider.nazev), contact: contactOf(undefined) },
          forms: list(entry.formy).map((form) => {
            const f = isRecord(form) ? form : {};
            return {
              form: lastPart(codeOf(f.forma) ?? ''),
              capacities: list(f.kapacitaRegistrovana ?? f.kapacity).map((c) => ({
                type: lastPart(codeOf(isRecord(c) ? c.typ : undefined) ?? ''),
                count: isRecord(c) ? c.pocet : undefined,
              })),
            };
          }),
          targetGroups: list(entry.ciloveSkupiny).map((g) => ({
            id: codeOf(isRecord(g) ? (g.cilovaSkupina ?? g) : g),
            name: isRecord(g)
              ? (str(g.nazev) ?? (isRecord(g.cilovaSkupina) ? str(g.cilovaSkupina.nazev) : undefined))
              : str(g),
          })),
          ageGroups: [],
          places: [],
          contact: contactOf(entry.kontakt),
          endDate: str(entry.datumPoskytovaniDo),
        };
        byId.set(id, service);
      }
      service.places.push(raw);
    }
  }
  return { services: [...byId.values()], total: places.length };
}

// ------------------------------------------------------------------ conversion

/** Target groups whose registry ids are confirmed (CilovaSkupinaOsoby/N). */
const TARGET_GROUP_IDS: Record<string, TargetGroupCode> = {
  '24': 'seniori',
  '26': 'pecujici-osoby',
  '27': 'osoby-s-potrebou-paliativni-pece',
  '30': 'osoby-zijici-s-demenci',
};

type AreaLevel = 'obec' | 'okres' | 'kraj';
const AREA_LEVELS: AreaLevel[] = ['obec', 'okres', 'kraj'];

/** Whether an address lies in one value of an area option: a municipality, district or region, by name or code. */
function matchesOne(address: RawAddress, level: AreaLevel, wanted: string): boolean {
  switch (level) {
    case 'obec':
      return /^\d{6}$/.test(wanted)
        ? address.cityCode === wanted
        : Boolean(address.city && normalize(address.city) === normalize(wanted));
    case 'okres':
      return /^CZ\d{3}[0-9A-Z]$/i.test(wanted)
        ? address.districtCode?.toUpperCase() === wanted.toUpperCase()
        : Boolean(address.district && normalize(address.district) === normalize(wanted));
    default:
      return /^CZ\d{3}$/i.test(wanted)
        ? address.regionCode?.toUpperCase() === wanted.toUpperCase()
        : Boolean(address.region && regionKey(address.region) === regionKey(wanted));
  }
}

function matchesArea(address: RawAddress | undefined, area: AreaFilter): boolean {
  if (area.all) return true;
  if (!address) return false;
  return AREA_LEVELS.some((level) => area[level].some((wanted) => matchesOne(address, level, wanted)));
}

/** An area option's value that no place of the data lies in ("--obec Susic"), with the nearest names in the data. */
export interface UnmatchedArea {
  level: AreaLevel;
  value: string;
  nearest: string[];
  /** Whether the data names any place at this level (rpss.json without the code list of municipalities does not). */
  named: boolean;
}

/** The values of the area options that no place lies in, each with the data's nearest names (folded, edit distance). */
function unmatchedAreas(places: (RawAddress | undefined)[], area: AreaFilter): UnmatchedArea[] {
  if (area.all) return [];
  const unmatched: UnmatchedArea[] = [];
  for (const level of AREA_LEVELS) {
    for (const value of area[level]) {
      if (places.some((address) => address && matchesOne(address, level, value))) continue;
      const names = new Set<string>();
      for (const address of places) {
        const name = level === 'obec' ? address?.city : level === 'okres' ? address?.district : address?.region;
        if (name) names.add(name);
      }
      // A code ("CZ0322") is not spelt wrong the way a name is: no names for it.
      const isCode = /^(\d{6}|CZ\d{3}[0-9A-Z]?)$/i.test(value);
      const compared = (name: string) => (level === 'kraj' ? regionKey(name) : name);
      const nearest = isCode
        ? []
        : nearestNames(
            level === 'kraj' ? regionKey(value) : value,
            [...names].map((name) => [compared(name), name] as const),
          );
      unmatched.push({ level, value, nearest, named: names.size > 0 });
    }
  }
  return unmatched;
}

/** Whether two addresses are one place: the same RÚIAN address point, else the same street, number and municipality. */
function sameAddress(a: RawAddress | undefined, b: RawAddress | undefined): boolean {
  if (!a || !b) return false;
  if (a.pointCode && b.pointCode) return a.pointCode === b.pointCode;
  const sameCity =
    a.cityCode && b.cityCode
      ? a.cityCode === b.cityCode
      : Boolean(a.city && b.city && normalize(a.city) === normalize(b.city));
  const sameStreet = normalize(a.street ?? '') === normalize(b.street ?? '');
  return (
    Boolean(a.number && b.number) && normalize(a.number ?? '') === normalize(b.number ?? '') && sameStreet && sameCity
  );
}

/**
 * The places of a service that are the provider's seat or office, not where clients come: all of them
 * when the service is provided only in the field; else, when it has no outpatient or residential form
 * (its forms are not known), a place at the provider's own address beside other places. A facility of
 * an outpatient or residential service stays a place of service, even at the provider's address.
 */
function seatPlaces(places: RawPlace[], forms: Form[], provider: RawAddress | undefined): Set<RawPlace> {
  if (forms.length > 0 && forms.every((form) => form === 'terenni')) return new Set(places);
  if (forms.some((form) => form !== 'terenni') || places.length < 2) return new Set();
  return new Set(places.filter((place) => sameAddress(place.address, provider)));
}

/** Lowest and highest age of registry age groups named e.g. "dorost (16–18 let)", "starší senioři (nad 80 let)". */
function ageRangeOf(names: string[]): { from?: number; to?: number } | undefined {
  let from: number | undefined;
  let to: number | undefined;
  let open = false;
  for (const name of names) {
    const numbers = [...name.matchAll(/\d+/g)].map((m) => Number(m[0]));
    if (numbers.length === 0) return undefined; // a group without ages: the range is unknown
    const low = /\bnad\b/i.test(name) ? (numbers[0] as number) : Math.min(...numbers);
    from = from === undefined ? low : Math.min(from, low);
    if (/\bnad\b/i.test(name) || numbers.length === 1) open ||= /\bnad\b/i.test(name);
    else to = to === undefined ? Math.max(...numbers) : Math.max(to, ...numbers);
  }
  if (from === undefined) return undefined;
  return open || to === undefined ? { from } : { from, to };
}

export function importRegistry(doc: unknown, options: RegistryOptions): RegistryResult | undefined {
  const format = detectFormat(doc);
  if (!format) return undefined;
  const skipped = new Map<SkipReason, { count: number; examples: string[] }>();
  const skip = (reason: SkipReason, example?: string) => {
    const entry = skipped.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (example && entry.examples.length < 3 && !entry.examples.includes(example)) entry.examples.push(example);
    skipped.set(reason, entry);
  };
  const { services: raw } = format === 'rpss' ? readRpss(doc as Rec, options.codeNames) : readExcerpt(doc as Rec);

  const providers = new Map<string, Provider>();
  const services: Service[] = [];
  const serviceIds = new Set<string>();
  const areaNames = new Map<string, { name: string; code?: string }>();
  let atMunicipalityCentre = 0;
  let seats = 0;

  const progress = options.progress(raw.length);
  const contact = (rawContact: RawContact, person?: string): ContactInfo | undefined => {
    const valid = (ok: boolean, value: string) => {
      if (!ok) skip('badContact', value);
      return ok;
    };
    const email = rawContact.emails.filter((v) => valid(isValidEmail(v), v));
    const phone = rawContact.phones.filter((v) => valid(isValidPhone(v) && !phoneProblem(v), v));
    const web = rawContact.webs.filter((v) => valid(safeWebUrl(v) !== null, v));
    const result: ContactInfo = {};
    if (person) result.person = person;
    if (email.length) result.email = [...new Set(email)];
    if (phone.length) result.phone = [...new Set(phone)];
    if (web.length) result.web = [...new Set(web)];
    return Object.keys(result).length ? result : undefined;
  };

  const address = (a: RawAddress | undefined): Address | undefined => {
    if (!a?.city) return undefined;
    const ordered = {} as Address;
    if (a.street) ordered.street = a.street;
    if (a.number) ordered.number = a.number;
    ordered.city = a.city;
    if (a.cityPart && normalize(a.cityPart) !== normalize(a.city)) ordered.cityPart = a.cityPart;
    if (a.postcode && /^\d{3} ?\d{2}$/.test(a.postcode))
      ordered.postcode = a.postcode.replace(/^(\d{3}) ?(\d{2})$/, '$1 $2');
    if (a.cityCode && /^\d{6}$/.test(a.cityCode)) ordered.cityCode = a.cityCode;
    if (a.district) ordered.district = a.district;
    if (a.region) ordered.region = a.region;
    return ordered;
  };

  raw.forEach((item, i) => {
    progress.update(i + 1);
    const inArea = item.places.filter((place) => matchesArea(place.address, options.area));
    if (inArea.length === 0) {
      skip('outsideArea');
      return;
    }
    if (item.endDate && item.endDate < options.today) {
      skip('ended', item.id);
      return;
    }
    if (item.health && !options.withHealth) {
      skip('health', item.id);
      return;
    }
    let type: ServiceTypeCode | undefined;
    if (item.health) type = 'navazujici-zdravotni';
    else if (item.typeCode) {
      const code = /^\d+$/.test(item.typeCode) ? `DruhSocialniSluzby/${item.typeCode}` : item.typeCode;
      type = serviceTypeForRegistryCode(code);
    }
    if (!type) {
      skip('unknownType', `${item.id} (${item.typeCode ?? '?'})`);
      return;
    }
    if (serviceIds.has(item.id)) return;
    serviceIds.add(item.id);
    for (const place of inArea) {
      const a = place.address;
      if (!a) continue;
      const city = a.city ?? a.cityCode;
      if (options.area.obec.length && city)
        areaNames.set(`obec:${a.cityCode ?? city}`, { name: city, code: a.cityCode });
      else if (options.area.kraj.length && a.region)
        areaNames.set(`kraj:${a.region}`, { name: a.region, code: a.regionCode });
      else if (options.area.okres.length && a.district) areaNames.set(`okres:${a.district}`, { name: a.district });
    }

    // The provider, one per IČO.
    let providerId: string | undefined;
    if (item.provider?.name || item.provider?.ico) {
      const ico = item.provider.ico?.replace(/\D/g, '').padStart(8, '0');
      const validIco = ico && /^\d{8}$/.test(ico) ? ico : undefined;
      providerId = validIco
        ? `ico-${validIco}`
        : `poskytovatel-${normalize(item.provider.name ?? '').replace(/\s+/g, '-')}`;
      if (!providers.has(providerId)) {
        const provider: Provider = { id: providerId, name: item.provider.name ?? validIco ?? providerId };
        if (validIco) provider.ico = validIco;
        const providerAddress = address(item.provider.address);
        if (providerAddress) provider.address = providerAddress;
        const providerContact = contact(item.provider.contact);
        if (providerContact) provider.contact = providerContact;
        providers.set(providerId, provider);
      }
    }

    const forms: Form[] = [];
    const capacity: Capacity[] = [];
    for (const entry of item.forms) {
      const form = formVocabulary.match(entry.form) as Form | undefined;
      if (!form) {
        if (entry.form) skip('unknownForm', `${item.id} (${entry.form})`);
        continue;
      }
      if (!forms.includes(form)) forms.push(form);
      for (const c of entry.capacities) {
        const count = typeof c.count === 'number' ? c.count : Number(c.count);
        if (!(c.type in CAPACITY_UNITS) || !Number.isInteger(count) || count < 0) {
          skip('unknownCapacity', `${item.id} (${c.type || '?'})`);
          continue;
        }
        capacity.push({ count, unit: c.type as Capacity['unit'], form });
      }
    }

    const groups: TargetGroupCode[] = [];
    for (const group of item.targetGroups) {
      const code =
        (group.id && TARGET_GROUP_IDS[lastPart(group.id)]) ||
        (group.name ? (targetGroupVocabulary.match(group.name) as TargetGroupCode | undefined) : undefined);
      if (!code) skip('unknownTargetGroup', group.name ?? group.id);
      else if (!groups.includes(code)) groups.push(code);
    }

    // All the service's places count for "other places", also those outside the area.
    const seatsOfService = seatPlaces(item.places, forms, item.provider?.address);
    const locations: ServiceLocation[] = [];
    for (const place of inArea) {
      const location: ServiceLocation = {};
      const placeAddress = address(place.address);
      if (!placeAddress) {
        skip('noAddress', item.id);
        continue;
      }
      location.address = placeAddress;
      // A hidden place keeps the municipality only (redactHiddenLocations below): the file is public.
      if (place.hidden) location.hidden = true;
      const given = typeof place.lat === 'number' && typeof place.lon === 'number';
      if (given) {
        // A hidden place's coordinates are never printed.
        const example = place.hidden ? item.id : `${item.id} (${place.lat}, ${place.lon})`;
        if (coordinateProblem(place.lat, place.lon)) skip('badCoordinates', example);
        else {
          location.lat = place.lat as number;
          location.lon = place.lon as number;
        }
      }
      // A hidden place gets no point at all, not even its municipality's centre.
      if (location.lat === undefined && !place.hidden) {
        const centre = place.address && options.centreOf?.(place.address);
        if (centre) {
          location.lat = centre.lat;
          location.lon = centre.lon;
          location.approximate = true;
          atMunicipalityCentre++;
        } else if (!given) skip('noCoordinates', `${item.id} (${place.key})`);
      }
      if (seatsOfService.has(place)) {
        location.role = 'seat';
        seats++;
      }
      locations.push(location);
    }

    let name = item.name;
    if (!name) {
      skip('noName', item.id);
      name = [SERVICE_TYPES[type].label.cs, item.provider?.name].filter(Boolean).join(' – ');
    }
    const service: Service = { id: item.id, ...(providerId ? { providerId } : {}), name, type };
    if (forms.length) service.forms = forms;
    if (groups.length) service.targetGroups = groups;
    const ages = ageRangeOf(item.ageGroups);
    if (ages) service.ageRange = ages;
    if (capacity.length) service.capacity = capacity;
    if (locations.length) service.locations = locations;
    const serviceContact = contact(item.contact);
    if (serviceContact) service.contact = serviceContact;
    services.push(service);
  });
  progress.finish();

  const usedProviders = new Set(services.map((s) => s.providerId));
  const { dataset, removed } = redactHiddenLocations<KpssDataset>({
    meta: {},
    providers: [...providers.values()].filter((p) => usedProviders.has(p.id)),
    services,
  });
  const names = [...areaNames.values()];
  const level = options.area.all
    ? 'stat'
    : options.area.obec.length && names.length === 1
      ? 'obec'
      : options.area.kraj.length && names.length === 1 && !options.area.obec.length
        ? 'kraj'
        : undefined;
  const areaName = options.area.all
    ? 'Česko'
    : names.length
      ? names.map((n) => n.name).join(', ')
      : [...options.area.obec, ...options.area.okres, ...options.area.kraj].join(', ');
  dataset.meta = {
    title: `Sociální služby – ${areaName}`,
    area: {
      name: areaName,
      ...(level ? { level } : {}),
      ...(names.length === 1 && names[0]?.code ? { code: names[0].code } : {}),
    },
    updated: options.today,
    source:
      format === 'rpss'
        ? 'Registr poskytovatelů sociálních služeb (MPSV), otevřená data rpss.json; převedeno nástrojem kpss-data.'
        : 'Katalog míst odvozený z registru poskytovatelů sociálních služeb (MPSV), ÚZIS NRPZS a RÚIAN; převedeno nástrojem kpss-data.',
  };
  if (atMunicipalityCentre > 0) {
    dataset.meta.source += ` Místa bez souřadnic jsou ve středu své obce (approximate), podle seznamu obcí se souřadnicemi 33bcdd/souradnice-mest (stav k 1. 1. 2018).`;
  }
  const unmatched = unmatchedAreas(
    raw.flatMap((item) => item.places.map((place) => place.address)),
    options.area,
  );
  return { format, dataset, skipped, areaName, removed, atMunicipalityCentre, seats, unmatched };
}
