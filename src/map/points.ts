/** What the map shows, worked out from the data: the places of services, and the points several services share. */
import type * as Leaflet from 'leaflet';
import { isMappable } from '../core/places.js';
import type { ServiceLocation, ServiceRecord } from '../core/types.js';
import { SERVICE_TYPES, type ServiceGroup } from '../core/vocabulary.js';

/** One mappable location of one service. */
export interface MapPoint {
  key: string;
  service: ServiceRecord;
  lat: number;
  lon: number;
  /** The location's address, formatted when shown (a popup, the list of what is in view). */
  location: ServiceLocation;
  group: ServiceGroup;
}

/**
 * One point on the map and the services there: several services often share a
 * point (one building, or a municipality's centre for data without
 * coordinates), and one marker lists them all instead of hiding each other.
 */
export interface Site {
  key: string;
  lat: number;
  lon: number;
  points: MapPoint[];
}

/**
 * Places with a marker of their own kind: a provider's seat (`role: 'seat'`, not where clients come)
 * and a point at its municipality's centre (`approximate`).
 */
export type PlaceKind = 'seat' | 'approximate';

/** The kinds of place the services have on the map, for the legend. */
export function placeKindsOf(services: readonly ServiceRecord[]): PlaceKind[] {
  const kinds = new Set<PlaceKind>();
  for (const service of services) {
    for (const location of service.locations ?? []) {
      if (!isMappable(location)) continue;
      if (location.role === 'seat') kinds.add('seat');
      if (location.approximate) kinds.add('approximate');
    }
  }
  return (['seat', 'approximate'] as const).filter((kind) => kinds.has(kind));
}

/** The classes of a place's marker for its kind: " seat", " approximate", both or none. */
export const kindClasses = (location: ServiceLocation): string =>
  `${location.role === 'seat' ? ' seat' : ''}${location.approximate ? ' approximate' : ''}`;

/** What the services at one point have in common: a seat, at the municipality's centre, when all of them are. */
export function siteKind(site: Site): ServiceLocation {
  const all = (test: (location: ServiceLocation) => boolean) => site.points.every((p) => test(p.location));
  return { role: all((l) => l.role === 'seat') ? 'seat' : undefined, approximate: all((l) => l.approximate === true) };
}

/** A cluster of places as the clusterer gives it for the current view. */
export interface Cluster {
  id: number;
  count: number;
  lat: number;
  lon: number;
  /** Accessible name: what activating it does. */
  label: string;
}

/** A cluster's marker, which knows the cluster it shows now (markers are reused across zoom steps). */
export type ClusterMarker = Leaflet.Marker & { cluster: Cluster };

/**
 * The places of the services `keep` leaves, and those services that have no place the map may show
 * (none given, or a hidden address).
 */
export function pointsOf(
  services: readonly ServiceRecord[],
  keep: (service: ServiceRecord, group: ServiceGroup) => boolean,
): { points: MapPoint[]; unplaced: ServiceRecord[] } {
  const points: MapPoint[] = [];
  const unplaced: ServiceRecord[] = [];
  for (const service of services) {
    const group = SERVICE_TYPES[service.type].group;
    if (!keep(service, group)) continue;
    if (!service.locations?.some(isMappable)) unplaced.push(service);
    (service.locations ?? []).forEach((location, i) => {
      if (!isMappable(location)) return;
      points.push({
        key: `${service.$source}#${service.id}#${i}`,
        service,
        lat: location.lat,
        lon: location.lon,
        location,
        group,
      });
    });
  }
  return { points, unplaced };
}

/** The points by the exact place they are at, in the points' order; and each point's site. */
export function sitesOf(points: readonly MapPoint[]): { sites: Site[]; siteOf: Map<MapPoint, Site> } {
  const byPlace = new Map<string, Site>();
  const siteOf = new Map<MapPoint, Site>();
  for (const point of points) {
    const key = `${point.lat},${point.lon}`;
    let site = byPlace.get(key);
    if (!site) {
      site = { key, lat: point.lat, lon: point.lon, points: [] };
      byPlace.set(key, site);
    }
    site.points.push(point);
    siteOf.set(point, site);
  }
  return { sites: [...byPlace.values()], siteOf };
}

/** Gives a cluster marker's element its size, accessible name and count (once the marker is on the map). */
export function labelCluster(marker: ClusterMarker): void {
  const element = marker.getElement();
  if (!element) return;
  const { count, label } = marker.cluster;
  element.classList.remove('small', 'medium', 'large');
  element.classList.add(count < 10 ? 'small' : count < 100 ? 'medium' : 'large');
  element.title = label;
  (element.firstElementChild as HTMLElement).textContent = String(count);
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** The tiles' attribution as Leaflet takes it (HTML): the text escaped, linked only to an http(s) address. */
export function attributionHtml(text: string, url: string): string {
  const safe = escapeHtml(text);
  return /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${safe}</a>` : safe;
}
