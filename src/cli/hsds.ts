/**
 * KPSS datasets → Open Referral HSDS 3.0 JSON: the envelope of a paged
 * organization list holding full organizations (organization_full), each
 * with its services (service with service_at_locations → location,
 * addresses), phones and contacts, as in the specification's examples.
 *
 * HSDS ids are UUIDs. They are version 5 UUIDs (SHA-1, RFC 9562) of the KPSS
 * ids in a namespace of this library, so exporting the same data again gives
 * the same ids. Hidden addresses are never exported. Two files' different
 * services with the same id are both exported (the merge keeps them apart):
 * the later one's ids derive from its dataset and its own id.
 *
 * A place that is the provider's seat or office (`role: 'seat'`: a field
 * service sets out from it, clients don't come) is not a place where the
 * service is available: it becomes a location of the organization (with
 * `organization_id`), not a service_at_location.
 */

import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { mergeDatasets } from '../core/merge.js';
import { safeWebUrl } from '../core/safe-url.js';
import type { Address, ContactInfo, KpssDataset, Provider, ServiceLocation } from '../core/types.js';
import type { DataIssue } from '../core/validate.js';
import { FORMS, SERVICE_TYPES, TARGET_GROUPS } from '../core/vocabulary.js';
import { toHsdsSchedules } from './hsds-schedules.js';
import type { Progress } from './progress.js';

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A version 5 (name-based, SHA-1) UUID. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of all KPSS-derived HSDS ids. */
const KPSS_NAMESPACE = uuidV5('https://kpss-widgets.example/schema/kpss-dataset.schema.json', URL_NAMESPACE);
const id = (name: string) => uuidV5(name, KPSS_NAMESPACE);

type Json = Record<string, unknown>;

/** Czech words of the contract's codes, as the export writes them. */
const FEE_KINDS = { free: 'Bezplatně', paid: 'Za úhradu', priceList: 'Za úhradu podle ceníku (v mezích zákona)' };
const ACCESS = {
  full: 'Bezbariérový přístup',
  partial: 'Částečně bezbariérový přístup',
  none: 'Bez bezbariérového přístupu',
};
/** The description of a location that is the provider's seat or office. */
const SEAT = 'Sídlo nebo kancelář poskytovatele';
const AVAILABILITY = { available: 'Volná místa', waitlist: 'Pořadník čekatelů', full: 'Kapacita je naplněna' };
const LANGUAGE_NAMES: Record<string, string> = {
  cs: 'čeština',
  sk: 'slovenština',
  uk: 'ukrajinština',
  en: 'angličtina',
  de: 'němčina',
  ru: 'ruština',
  vi: 'vietnamština',
  pl: 'polština',
  rom: 'romština',
  cse: 'český znakový jazyk',
};

function phones(owner: string, contact: ContactInfo | undefined): Json[] {
  return (contact?.phone ?? []).map((number) => ({ id: id(`phone:${owner}:${number}`), number, type: 'voice' }));
}

function contacts(owner: string, contact: ContactInfo | undefined): Json[] {
  if (!contact?.person) return [];
  return [
    {
      id: id(`contact:${owner}:${contact.person}`),
      name: contact.person,
      ...(contact.email?.[0] ? { email: contact.email[0] } : {}),
    },
  ];
}

const website = (contact: ContactInfo | undefined) => {
  const first = contact?.web?.map(safeWebUrl).find((url) => url !== null);
  return first ? { website: first } : {};
};

/** "Sadová 3510/9", or the part of the town and the number for villages without streets. */
function addressLine(address: Address): string {
  const place =
    address.street ?? (address.cityPart && address.cityPart !== address.city ? address.cityPart : address.city);
  return [place, address.number].filter(Boolean).join(' ');
}

export interface HsdsResult {
  document: Json;
  organizations: number;
  services: number;
  locations: number;
  /** Ids that several files give different records (both are exported). */
  issues: DataIssue[];
}

export function exportHsds(
  parts: { source: string; dataset: KpssDataset }[],
  noProviderName: string,
  progress?: (total: number) => Progress,
): HsdsResult {
  const issues: DataIssue[] = [];
  const merged = mergeDatasets(parts, issues);
  // Provider ids are local to a dataset ("p1" in two towns): an IČO, else the dataset and the id, identify one.
  const datasetKey = new Map<string, string>();
  for (const { source, dataset } of parts) {
    const area = dataset.meta?.area;
    datasetKey.set(source, area?.code ?? area?.name ?? dataset.meta?.title ?? basename(source));
  }
  const orgKey = (provider: Provider | undefined, source: string) =>
    provider?.ico
      ? `ico:${provider.ico}`
      : provider
        ? `provider:${datasetKey.get(source)}:${provider.id}`
        : `none:${datasetKey.get(source)}`;

  interface Org {
    json: Json;
    locations: Map<string, Json>;
    services: Json[];
  }
  const orgs = new Map<string, Org>();
  const organization = (provider: Provider | undefined, source: string): Org => {
    const key = orgKey(provider, source);
    let org = orgs.get(key);
    if (!org) {
      const orgId = id(`organization:${key}`);
      const json: Json = {
        id: orgId,
        name: provider?.name ?? noProviderName,
        description: provider?.description ?? '',
        ...(provider?.contact?.email?.[0] ? { email: provider.contact.email[0] } : {}),
        ...website(provider?.contact),
        ...(provider?.legalForm ? { legal_status: provider.legalForm } : {}),
        organization_identifiers: provider?.ico
          ? [
              {
                id: id(`organization_identifier:${key}`),
                identifier_scheme: 'CZ-ICO',
                identifier_type: 'IČO',
                identifier: provider.ico,
              },
            ]
          : [],
        phones: phones(key, provider?.contact),
        contacts: contacts(key, provider?.contact),
      };
      org = { json, locations: new Map(), services: [] };
      orgs.set(key, org);
    }
    return org;
  };
  for (const provider of merged.providers) organization(provider, provider.$source);

  const location = (org: Org, key: string, place: ServiceLocation, serviceName: string): Json | undefined => {
    if (place.hidden) return undefined;
    const a = place.address;
    const hasPoint = typeof place.lat === 'number' && typeof place.lon === 'number';
    if (!a && !hasPoint) return undefined;
    const locationKey = `${key}|${a ? [a.street, a.number, a.cityPart, a.city, a.postcode].join('|') : ''}|${hasPoint ? `${place.lat},${place.lon}` : ''}`;
    let json = org.locations.get(locationKey);
    if (!json) {
      json = {
        id: id(`location:${locationKey}`),
        location_type: 'physical',
        name: place.name ?? serviceName,
        ...(hasPoint ? { latitude: place.lat, longitude: place.lon } : {}),
        addresses: a
          ? [
              {
                id: id(`address:${locationKey}`),
                address_1: addressLine(a),
                ...(a.cityPart && a.cityPart !== a.city && a.street ? { address_2: a.cityPart } : {}),
                city: a.city,
                region: a.district ?? '',
                state_province: a.region ?? '',
                postal_code: a.postcode ?? '',
                country: 'CZ',
                address_type: 'physical',
              },
            ]
          : [],
      };
      org.locations.set(locationKey, json);
    }
    return json;
  };

  const term = (taxonomy: string, code: string, name: string, serviceId: string) => {
    const termId = id(`taxonomy_term:${taxonomy}:${code}`);
    return {
      id: id(`attribute:${serviceId}:${taxonomy}:${code}`),
      link_id: serviceId,
      link_type: taxonomy,
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: { id: termId, code, name, description: name, taxonomy, language: 'cs' },
    };
  };

  let locationCount = 0;
  const shown = progress?.(merged.services.length);
  for (const [done, service] of merged.services.entries()) {
    shown?.update(done + 1);
    const org = organization(service.$provider, service.$source);
    // A service kept apart from another file's record with the same id ("<source>#<id>"): its ids derive from its
    // dataset's key instead of the file's path, so that they stay the same however the file is named on the command line.
    const kpssId = service.$originalId
      ? `${datasetKey.get(service.$source)}:${service.id.slice(service.$source.length + 1)}`
      : service.id;
    const serviceId = id(`service:${kpssId}`);
    const key = orgKey(service.$provider, service.$source);
    const atLocations: Json[] = [];
    for (const place of service.locations ?? []) {
      const seat = place.role === 'seat';
      // A seat is named after its organization (the provider), a place of service after the service.
      const json = location(org, key, place, seat && service.$provider ? String(org.json.name) : service.name);
      if (!json) continue;
      if (seat) {
        // The organization's own place, where clients don't come: not one where the service is available.
        json.organization_id = org.json.id;
        json.description ??= SEAT;
        continue;
      }
      atLocations.push({ id: id(`service_at_location:${kpssId}:${json.id}`), location: json });
    }
    const feeKind = service.fee?.kind ?? (service.fee?.free ? 'free' : undefined);
    const fee = [feeKind ? FEE_KINDS[feeKind] : '', service.fee?.note ?? ''].filter(Boolean).join('; ');
    const access = service.accessibility
      ? [ACCESS[service.accessibility.level], service.accessibility.note].filter(Boolean).join('. ')
      : '';
    // Step-free access belongs to a place in HSDS: each place of the service says it (once).
    for (const { location } of atLocations as { location: Json }[]) {
      if (!access) break;
      const list = (location.accessibility ??= []) as Json[];
      if (!list.some((a) => a.description === access)) {
        list.push({ id: id(`accessibility:${String(location.id)}:${access}`), description: access });
      }
    }
    const availability = service.availability
      ? `${AVAILABILITY[service.availability.status]} (stav k ${service.availability.date})${service.availability.note ? `. ${service.availability.note}` : ''}`
      : '';
    const formLabel = (form: keyof typeof FORMS) => FORMS[form]?.cs ?? form;
    const structured = (service.hours ?? []).flatMap((hours) => toHsdsSchedules(hours, formLabel));
    const eligibility = (service.targetGroups ?? []).map((code) => TARGET_GROUPS[code]?.cs ?? code).join('; ');
    org.services.push({
      id: serviceId,
      organization_id: org.json.id,
      name: service.name,
      description: service.description ?? '',
      ...(website(service.contact).website ? { url: website(service.contact).website } : {}),
      ...(service.contact?.email?.[0] ? { email: service.contact.email[0] } : {}),
      status: 'active',
      ...(fee ? { fees_description: fee } : {}),
      ...(availability ? { wait_time: availability } : {}),
      ...(service.verified ? { assured_date: service.verified } : {}),
      ...(eligibility ? { eligibility_description: eligibility } : {}),
      ...(service.ageRange?.from !== undefined ? { minimum_age: service.ageRange.from } : {}),
      ...(service.ageRange?.to !== undefined ? { maximum_age: service.ageRange.to } : {}),
      phones: phones(`service:${kpssId}`, service.contact),
      contacts: contacts(`service:${kpssId}`, service.contact),
      schedules: [
        ...structured.map((schedule, i) => ({
          id: id(`schedule:${kpssId}:hours:${i}`),
          service_id: serviceId,
          ...schedule,
        })),
        ...(service.openingHours ?? []).map((line, i) => ({
          id: id(`schedule:${kpssId}:${i}`),
          service_id: serviceId,
          description: line,
        })),
      ],
      languages: (service.languages ?? []).map((code) => ({
        id: id(`language:${kpssId}:${code}`),
        service_id: serviceId,
        name: LANGUAGE_NAMES[code] ?? code,
        code,
      })),
      cost_options: feeKind
        ? [
            {
              id: id(`cost_option:${kpssId}`),
              service_id: serviceId,
              option: FEE_KINDS[feeKind],
              ...(feeKind === 'free' ? { amount: 0, currency: 'CZK' } : {}),
              ...(service.fee?.note ? { amount_description: service.fee.note } : {}),
            },
          ]
        : [],
      service_areas: (service.municipalities ?? []).map((name) => ({
        id: id(`service_area:${kpssId}:${name}`),
        name,
      })),
      service_at_locations: atLocations,
      attributes: [
        term('kpss-druh-sluzby', service.type, SERVICE_TYPES[service.type]?.label.cs ?? service.type, serviceId),
        ...(service.forms ?? []).map((form) => term('kpss-forma', form, FORMS[form]?.cs ?? form, serviceId)),
        ...(service.targetGroups ?? []).map((group) =>
          term('kpss-cilova-skupina', group, TARGET_GROUPS[group]?.cs ?? group, serviceId),
        ),
      ],
    });
  }

  const contents: Json[] = [];
  for (const org of orgs.values()) {
    if (org.services.length === 0 && org.json.name === noProviderName) continue;
    const locations = [...org.locations.values()];
    locationCount += locations.length;
    contents.push({ ...org.json, locations, services: org.services });
  }
  shown?.finish();
  return {
    document: {
      total_items: contents.length,
      total_pages: 1,
      page_number: 1,
      size: contents.length,
      first_page: true,
      last_page: true,
      empty: contents.length === 0,
      contents,
    },
    organizations: contents.length,
    services: merged.services.length,
    locations: locationCount,
    issues,
  };
}
