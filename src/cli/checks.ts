/**
 * Semantic checks beyond the schema, for the command line tool: coordinates
 * really in Czechia (the schema's bounds are a little wider) and not swapped,
 * Czech phone numbers with 9 digits, ranges that do not run backwards,
 * repeated codes in a plan, and references across several files (a hidden
 * address left in the public file is the shared validator's finding). They
 * read the document as given (not the validator's repaired copy), so record
 * positions match the file, and skip values the schema check has already
 * reported.
 *
 * Over 400 lines: each check is short; they share the walk over records and the file references.
 */

import { distanceKm } from '../core/format.js';
import { mergeDatasets } from '../core/merge.js';
import { fold } from '../core/text.js';
import type { KpssDataset } from '../core/types.js';
import { type DataIssue, forEachPlanItem } from '../core/validate.js';
import type { CliIssue } from './issues.js';
import type { CliCode } from './messages.js';

/** Czechia's bounding box, a little inside the schema's bounds (48.5–51.1, 12.0–18.9). */
export const CZECHIA = { latMin: 48.55, latMax: 51.06, lonMin: 12.09, lonMax: 18.86 };

const inside = (lat: number, lon: number) =>
  lat >= CZECHIA.latMin && lat <= CZECHIA.latMax && lon >= CZECHIA.lonMin && lon <= CZECHIA.lonMax;

const fmt = (value: number) => String(value);

/** What is wrong with a pair of coordinates, if anything. */
export function coordinateProblem(
  lat: unknown,
  lon: unknown,
): { code: CliCode; value: string; expected?: 'lat' | 'lon' } | undefined {
  const hasLat = typeof lat === 'number';
  const hasLon = typeof lon === 'number';
  if (hasLat !== hasLon) {
    return {
      code: 'incomplete-coordinates',
      value: fmt((hasLat ? lat : lon) as number),
      expected: hasLat ? 'lon' : 'lat',
    };
  }
  if (!hasLat || !hasLon) return undefined;
  if (inside(lat, lon)) return undefined;
  if (inside(lon, lat)) return { code: 'swapped-coordinates', value: `${fmt(lat)}, ${fmt(lon)}` };
  return { code: 'outside-czechia', value: `${fmt(lat)}, ${fmt(lon)}` };
}

/**
 * Whether a phone number has a wrong count of digits for a Czech number:
 * 9 after +420 (or 00420); 9 when written without an international prefix.
 * Returns 'cz' or 'local' for the rule broken.
 */
export function phoneProblem(value: string): 'cz' | 'local' | undefined {
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (/^(\+|00)\s*420/.test(text)) return digits.replace(/^(00)?420/, '').length === 9 ? undefined : 'cz';
  if (/^(\+|00)/.test(text)) return undefined; // another country
  return digits.length === 9 ? undefined : 'local';
}

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (record: Rec): string | undefined =>
  typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;

/** Keys of the places the schema check already reported: "services[3]" (record) or "services[3].locations[0].lat". */
export type Reported = (section: string, index: number | undefined, field?: string) => boolean;

export function reportedBy(issues: { section?: string; index?: number; field?: string; outcome?: string }[]): Reported {
  const records = new Set<string>();
  const fields: string[] = [];
  for (const issue of issues) {
    const record = `${issue.section}[${issue.index ?? ''}]`;
    if (issue.outcome === 'record-left-out') records.add(record);
    else if (issue.field) fields.push(`${record}.${issue.field}`);
  }
  return (section, index, field) => {
    const record = `${section}[${index ?? ''}]`;
    if (records.has(record)) return true;
    if (!field) return false;
    const path = `${record}.${field}`;
    return fields.some(
      (reported) =>
        path === reported ||
        path.startsWith(`${reported}.`) ||
        path.startsWith(`${reported}[`) ||
        reported.startsWith(`${path}.`) ||
        reported.startsWith(`${path}[`),
    );
  };
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** The tool's own checks of one parsed document. */
export function semanticIssues(doc: unknown, source: string, reported: Reported, citizenWarnings = false): CliIssue[] {
  const issues: CliIssue[] = [];
  if (!isRecord(doc)) return issues;
  const add = (
    section: string,
    index: number | undefined,
    record: Rec | undefined,
    field: string,
    code: CliCode,
    value: string,
    expected?: string,
  ) => {
    if (reported(section, index, field)) return;
    issues.push({
      source,
      section,
      index,
      recordId: record && idOf(record),
      field,
      code,
      value,
      expected,
      severity: 'error',
    });
  };
  const checkPhones = (section: string, index: number | undefined, record: Rec, path: string, phones: unknown) => {
    const values = typeof phones === 'string' ? [phones] : list(phones);
    values.forEach((phone, i) => {
      if (typeof phone !== 'string') return;
      const problem = phoneProblem(phone);
      const field = typeof phones === 'string' ? path : `${path}[${i}]`;
      if (problem) add(section, index, record, field, 'phone-digits', phone, problem);
    });
  };
  const checkRange = (section: string, index: number | undefined, record: Rec, path: string, range: unknown) => {
    if (!isRecord(range)) return;
    const { from, to } = range;
    if (typeof from === 'number' && typeof to === 'number' && from > to) {
      add(section, index, record, path, 'reversed-range', `${from} > ${to}`);
    }
  };

  if (isRecord(doc.meta) && isRecord(doc.meta.coordinator)) {
    checkPhones('meta', undefined, doc.meta, 'coordinator.phone', doc.meta.coordinator.phone);
  }
  list(doc.providers).forEach((provider, index) => {
    if (isRecord(provider) && isRecord(provider.contact)) {
      checkPhones('providers', index, provider, 'contact.phone', provider.contact.phone);
    }
  });
  list(doc.services).forEach((service, index) => {
    if (!isRecord(service)) return;
    if (isRecord(service.contact)) checkPhones('services', index, service, 'contact.phone', service.contact.phone);
    checkRange('services', index, service, 'ageRange', service.ageRange);
    // A person trusts what was checked lately: a date over a year old is a warning to check again.
    if (typeof service.verified === 'string' && !reported('services', index, 'verified')) {
      const checked = Date.parse(service.verified);
      if (checked < Date.now() - YEAR_MS) {
        issues.push({
          source,
          section: 'services',
          index,
          recordId: idOf(service),
          field: 'verified',
          code: 'not-verified',
          value: service.verified,
          severity: 'warning',
        });
      }
    }
    list(service.hours).forEach((hours, h) => {
      if (isRecord(hours) && typeof hours.validFrom === 'string' && typeof hours.validTo === 'string') {
        if (hours.validFrom > hours.validTo) {
          add(
            'services',
            index,
            service,
            `hours[${h}].validFrom`,
            'reversed-range',
            `${hours.validFrom} > ${hours.validTo}`,
          );
        }
      }
    });
    list(service.locations).forEach((location, l) => {
      if (!isRecord(location)) return;
      const path = `locations[${l}]`;
      const problem = coordinateProblem(location.lat, location.lon);
      if (problem?.code === 'swapped-coordinates' && !reported('services', index)) {
        // The schema reports both values out of range; say why.
        issues.push({
          source,
          section: 'services',
          index,
          recordId: idOf(service),
          field: `${path}.lat`,
          code: problem.code,
          value: problem.value,
          severity: 'error',
        });
      } else if (
        problem &&
        !reported('services', index, `${path}.lat`) &&
        !reported('services', index, `${path}.lon`)
      ) {
        const field = problem.code === 'incomplete-coordinates' ? `${path}.${problem.expected}` : `${path}.lat`;
        add('services', index, service, field, problem.code, problem.value, problem.expected);
      }
    });
  });
  if (citizenWarnings) issues.push(...placeAndNameWarnings(doc, source, reported));
  list(doc.groups).forEach((group, index) => {
    if (!isRecord(group)) return;
    const memberIds = new Set<string>();
    list(group.members).forEach((member, m) => {
      if (!isRecord(member)) return;
      checkPhones('groups', index, group, `members[${m}].phone`, member.phone);
      const id = idOf(member);
      if (id !== undefined) {
        if (memberIds.has(id)) add('groups', index, group, `members[${m}].id`, 'duplicate-member-id', id);
        memberIds.add(id);
      }
    });
  });
  list(doc.plans).forEach((plan, index) => {
    if (!isRecord(plan)) return;
    checkRange('plans', index, plan, 'period', plan.period);
    const codes = new Set<string>();
    const visit = (item: unknown, path: string) => {
      if (!isRecord(item)) return;
      checkRange('plans', index, plan, `${path}.timeframe`, item.timeframe);
      if (typeof item.code === 'string') {
        if (codes.has(item.code)) add('plans', index, plan, `${path}.code`, 'duplicate-code', item.code);
        codes.add(item.code);
      }
    };
    forEachPlanItem(plan, visit);
  });
  return issues;
}

export interface CheckedFile {
  source: string;
  doc: unknown;
}

/**
 * An issue the merge found (the same id in two files, both records kept) as
 * a warning, placed at the record's position in the file as given (the merge
 * counts only the records the validator kept).
 */
export function mergeWarning(issue: DataIssue, doc: unknown): CliIssue {
  const records = isRecord(doc) && issue.section ? list(doc[issue.section]) : [];
  const index = records.findIndex((record) => isRecord(record) && idOf(record) === issue.recordId);
  return { ...issue, index: index >= 0 ? index : issue.index, severity: 'warning' };
}

/** Ids that several files give different records: a warning at each later file's record. */
export function sharedIdIssues(files: { source: string; doc?: unknown; dataset: KpssDataset }[]): CliIssue[] {
  const found: DataIssue[] = [];
  mergeDatasets(files, found);
  return found.map((issue) => mergeWarning(issue, files.find((file) => file.source === issue.source)?.doc));
}

/**
 * References from a file to sections it does not hold itself, checked
 * against the other files given (the validator checks references only within
 * one file): a services file pointing to providers in a providers file, a plan
 * pointing to services and groups published separately.
 */
export function crossFileIssues(files: CheckedFile[]): CliIssue[] {
  const issues: CliIssue[] = [];
  const has = (doc: unknown, section: string) => isRecord(doc) && Array.isArray(doc[section]);
  const idsOf = (section: string) => {
    const ids = new Set<string>();
    let present = false;
    for (const { doc } of files) {
      if (!has(doc, section)) continue;
      present = true;
      for (const record of list((doc as Rec)[section])) {
        if (!isRecord(record)) continue;
        const id = idOf(record);
        if (id !== undefined) ids.add(id);
      }
    }
    return present ? ids : undefined;
  };
  const providerIds = idsOf('providers');
  const serviceIds = idsOf('services');
  const groupIds = idsOf('groups');
  for (const { source, doc } of files) {
    if (!isRecord(doc)) continue;
    const report = (section: string, index: number, record: Rec, field: string, value: string) =>
      issues.push({
        source,
        section,
        index,
        recordId: idOf(record),
        field,
        code: 'unknown-reference',
        value,
        outcome: 'kept',
        severity: 'error',
      });
    if (!has(doc, 'providers') && providerIds) {
      list(doc.services).forEach((service, index) => {
        if (isRecord(service) && typeof service.providerId === 'string' && !providerIds.has(service.providerId)) {
          report('services', index, service, 'providerId', service.providerId);
        }
      });
    }
    const checkServices = !has(doc, 'services') && serviceIds;
    const checkGroups = !has(doc, 'groups') && groupIds;
    if (!checkServices && !checkGroups) continue;
    list(doc.plans).forEach((plan, index) => {
      if (!isRecord(plan)) return;
      const visit = (item: unknown, path: string) => {
        if (!isRecord(item)) return;
        if (checkGroups && typeof item.groupId === 'string' && !groupIds.has(item.groupId)) {
          report('plans', index, plan, `${path}.groupId`, item.groupId);
        }
        if (checkServices) {
          list(item.serviceIds).forEach((id, i) => {
            if (typeof id === 'string' && !serviceIds.has(id))
              report('plans', index, plan, `${path}.serviceIds[${i}]`, id);
          });
        }
      };
      forEachPlanItem(plan, visit);
    });
  }
  return issues;
}

/** Services at one exact point from which on it is worth a look (a building may house two or three). */
const SHARED_POINT_FROM = 4;
/** How far from the middle of a file's places a place may lie, by the area the file covers (km). */
const FAR_BY_LEVEL: Record<string, number> = { obec: 30, orp: 45, kraj: 150 };
const hasContact = (contact: unknown) =>
  isRecord(contact) && ['phone', 'email', 'web'].some((key) => list(contact[key]).length > 0);

/**
 * What citizens would meet though the file is valid: a service whose only
 * places are its provider's seat and which names no municipalities (where is
 * it provided?), many services at one point (a seat or a municipality's
 * centre, not where clients come; places marked as seats say so already), a place
 * far from the others (coordinates or municipality wrong), two services of a
 * provider with one name (indistinguishable cards), and a service no one can
 * reach (no phone, e-mail or web, nor its provider's, in a file that gives
 * contacts elsewhere). Warnings: the file is
 * published as it is.
 */
function placeAndNameWarnings(doc: Rec, source: string, reported: Reported): CliIssue[] {
  const issues: CliIssue[] = [];
  // A record the check left out is reported already.
  const warn = (index: number, service: Rec, field: string, code: CliCode, value?: string, expected?: string) =>
    !reported('services', index) &&
    issues.push({
      source,
      section: 'services',
      index,
      recordId: idOf(service),
      field,
      code,
      value,
      expected,
      severity: 'warning',
    });
  const providers = new Map(
    list(doc.providers)
      .filter(isRecord)
      .map((p) => [p.id, p] as const),
  );
  // A file that gives contacts elsewhere has left this one's out (one without any is another kind of file).
  const anyContact =
    list(doc.services).some((s) => isRecord(s) && hasContact(s.contact)) ||
    [...providers.values()].some((p) => hasContact(p.contact));
  const points: { index: number; service: Rec; l: number; lat: number; lon: number; seat: boolean }[] = [];
  const names = new Set<string>();
  list(doc.services).forEach((service, index) => {
    if (!isRecord(service)) return;
    list(service.locations).forEach((location, l) => {
      if (
        isRecord(location) &&
        !location.hidden &&
        typeof location.lat === 'number' &&
        typeof location.lon === 'number'
      ) {
        points.push({ index, service, l, lat: location.lat, lon: location.lon, seat: location.role === 'seat' });
      }
    });
    // Only the provider's seat or office and no municipalities: a citizen can't tell where the service is provided.
    const locations = list(service.locations);
    const onlySeats =
      locations.length > 0 && locations.every((location) => isRecord(location) && location.role === 'seat');
    if (onlySeats && list(service.municipalities).length === 0) warn(index, service, 'locations', 'seat-only');
    if (typeof service.name === 'string') {
      const key = `${String(service.providerId ?? '')}\u0000${fold(service.name).trim()}`;
      if (names.has(key)) warn(index, service, 'name', 'duplicate-name', service.name);
      names.add(key);
    }
    const provider = providers.get(service.providerId);
    if (anyContact && !hasContact(service.contact) && !hasContact(provider?.contact)) {
      warn(index, service, 'contact', 'no-contact');
    }
  });
  const byPoint = new Map<string, typeof points>();
  // A seat shared by a provider's services is said to be one: it is no finding.
  for (const point of points.filter((p) => !p.seat)) {
    const key = `${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`;
    const shared = byPoint.get(key);
    if (shared) shared.push(point);
    else byPoint.set(key, [point]);
  }
  for (const [key, shared] of byPoint) {
    const services = new Set(shared.map((p) => p.index));
    const first = shared[0];
    if (first && services.size >= SHARED_POINT_FROM) {
      warn(first.index, first.service, `locations[${first.l}]`, 'shared-point', key, String(services.size));
    }
  }
  const area = isRecord(doc.meta) && isRecord(doc.meta.area) ? doc.meta.area : undefined;
  const limit = FAR_BY_LEVEL[String(area?.level ?? '')] ?? (area?.level === 'stat' ? Number.POSITIVE_INFINITY : 100);
  if (points.length >= 5 && Number.isFinite(limit)) {
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const middle = { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
    for (const point of points) {
      const km = distanceKm(middle, point);
      if (km > limit) {
        const where = `${middle.lat.toFixed(3)}, ${middle.lon.toFixed(3)}`;
        warn(point.index, point.service, `locations[${point.l}].lat`, 'far-away', String(Math.round(km)), where);
      }
    }
  }
  return issues;
}
