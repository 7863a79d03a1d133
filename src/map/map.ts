/**
 * `<kpss-map>` and its Leaflet layer. Longer than the 400 lines we aim at: markers, clusters, the
 * selection and the popups share one Leaflet map's state (the markers shown, the sites, the selected
 * place) and its life (created when shown, removed on disconnect); what the map shows is worked out in
 * points.ts, popups and the panel are in parts/. A marker layer as a class of its own was tried and
 * cost the all-four size budget (property names are not minified).
 */
import type * as Leaflet from 'leaflet';
import { html, nothing, type PropertyValues, type TemplateResult, unsafeCSS } from 'lit';
import { blockStyles } from '../core/blocks.styles.js';
import { emit } from '../core/events.js';
import { formatAddress, noted, placeNote } from '../core/format.js';
import { addTexts, label } from '../core/i18n.js';
import { internalState, KpssElement } from '../core/kpss-element.js';
import { LinkController } from '../core/link.js';
import { placeField } from '../core/place-field.js';
import { TownList } from '../core/places.js';
import type { MergedDataset, ServiceRecord } from '../core/types.js';
import { SERVICE_GROUPS, type ServiceGroup, TARGET_GROUPS } from '../core/vocabulary.js';
import { mapStyles } from './map.styles.js';
import { consentView, inViewList, legendView, notPlacedView } from './parts/panel.js';
import { servicePopup, sitePopup } from './parts/popups.js';
import {
  attributionHtml,
  type Cluster,
  type ClusterMarker,
  kindClasses,
  labelCluster,
  type MapPoint,
  type PlaceKind,
  placeKindsOf,
  pointsOf,
  type Site,
  siteKind,
  sitesOf,
} from './points.js';
import { mapCs } from './strings/cs.js';

// This element's texts: its Czech, and where its English and Ukrainian load from (on a page that speaks them).
addTexts('map', mapCs, (lang) => (lang === 'en' ? import('./strings/en.js') : import('./strings/uk.js')));

type Runtime = typeof import('./leaflet-runtime.js');
type ClusterIndex = InstanceType<Runtime['Supercluster']>;

/** Leaflet and the clusterer are loaded once per page, when the first map needs them. */
let runtime: Promise<Runtime> | undefined;
const loadRuntime = () => (runtime ??= import('./leaflet-runtime.js'));

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap';
const OSM_ATTRIBUTION_URL = 'https://www.openstreetmap.org/copyright';
/** How many places the list of what is in view shows. */
const IN_VIEW_LIMIT = 50;

/**
 * The services on a Leaflet map, clustered, with a legend, popups, "near me",
 * an accessible list of what is in view, and optional sync with a catalogue.
 *
 * @tagname kpss-map
 * @summary Mapa sociálních služeb.
 * @event {CustomEvent<KpssSelectDetail>} kpss-select - The person chose a place on the map: `{kind: 'service', id}`.
 * @event {CustomEvent<KpssLoadDetail>} kpss-load - Data loaded: `{sources, counts, issues}`; with several files in `src`, again as each arrives.
 * @event {CustomEvent<KpssErrorDetail>} kpss-error - A data file could not be loaded: `{errors}`.
 * @csspart base - The element's wrapper.
 * @csspart map - The map area.
 * @csspart legend - The legend of service groups.
 * @csspart list - The list of places in view.
 * @csspart consent - The placeholder asking to load third-party tiles.
 * @csspart not-placed - The list of services the map cannot show (no place given, or a hidden address).
 * @csspart contacts - A service's phones, e-mails and webs in its popup.
 * @cssproperty --kpss-map-height - Height of the map (default 28rem).
 */
export class KpssMap extends KpssElement {
  static override styles = [...KpssElement.styles, blockStyles, mapStyles];

  /** The reactive properties: the attributes an admin sets (documented on their fields), then internal state. */
  static override properties = {
    catalogue: {},
    catalogueId: { attribute: 'for' },
    tiles: {},
    attribution: {},
    attributionUrl: { attribute: 'attribution-url' },
    consent: { type: Boolean, reflect: true },
    ...internalState(
      'consented',
      'mapState',
      'tileError',
      'inView',
      'inViewTotal',
      'linkedIds',
      'filterGroup',
      'filterTarget',
      'geoMessage',
      'townKey',
      'placeSuggestions',
    ),
  };

  /** Id of a `<kpss-catalogue>` on the page to sync with (the older attribute `for` works too). */
  catalogue = '';

  /** The older name of `catalogue`. */
  catalogueId = '';

  /** Tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tiles = OSM_TILES;

  /** Attribution text of the tiles (plain text). */
  attribution = OSM_ATTRIBUTION;

  /** Link of the attribution (http or https). */
  attributionUrl = OSM_ATTRIBUTION_URL;

  /** Ask before loading third-party tiles (a placeholder until the person agrees). */
  consent = false;

  private consented = false;
  private mapState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private tileError = false;
  private inView: MapPoint[] = [];
  private inViewTotal = 0;
  #inViewTimer?: ReturnType<typeof setTimeout>;
  private linkedIds?: Set<string>;
  private filterGroup = '';
  private filterTarget = '';
  private geoMessage = '';
  private townKey = '';
  /** Whether the long town field's suggestions are rendered (after its first use). */
  private placeSuggestions = false;

  #rt?: Runtime;
  private map?: Leaflet.Map;
  private markers?: Leaflet.LayerGroup;
  private clusters?: ClusterIndex;
  #clustersOf?: MapPoint[];
  /** The points by the exact place they are at, in the clusterer's order; and each point's site. */
  #sites: Site[] = [];
  #siteOf = new Map<MapPoint, Site>();
  #points: MapPoint[] = [];
  /** The services that pass but have no place the map may show (none given, or a hidden address). */
  #unplaced: ServiceRecord[] = [];
  #pointsKey?: { data: MergedDataset; ids?: Set<string>; group: string; target: string };
  #selectedKey = '';
  #resizeObserver?: ResizeObserver;
  readonly #catalogueLink = new LinkController(
    this,
    'kpss-catalogue',
    () => this.catalogue || this.catalogueId,
    (now, before) => {
      before?.removeEventListener('kpss-results', this.#handleResults);
      before?.removeEventListener('kpss-select', this.#handleCatalogueSelect);
      this.linkedIds = undefined;
      if (!now) return;
      // The map shows the catalogue's data unless it has its own src; the file is fetched once either way.
      // Its attribute while the catalogue's module has not arrived yet (the page's script loads the
      // elements' modules at once, in any order); its events and methods are there once it has.
      this.src ||= now.src ?? now.getAttribute('src');
      now.addEventListener('kpss-results', this.#handleResults);
      now.addEventListener('kpss-select', this.#handleCatalogueSelect);
      if (now.hasUpdated) this.linkedIds = new Set(now.visibleServices.map((s) => s.id));
    },
  );
  #hereMarker?: Leaflet.CircleMarker;
  /** Markers on the map by key ("c" + cluster id, "p" + point key). */
  readonly #shown = new Map<string, Leaflet.Marker>();
  /** Key of the marker drawn as selected. */
  #markedKey = '';
  #towns = new TownList([]);
  #targetGroups: string[] = [];
  /** Places whose marker is of its own kind, shown in the data: the legend explains those markers. */
  #placeKinds: PlaceKind[] = [];
  #townsOf?: MergedDataset;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the map was destroyed on disconnect and is created again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#destroyMap();
  }

  // ——— catalogue sync ———

  readonly #handleResults = (event: GlobalEventHandlersEventMap['kpss-results']) => {
    this.linkedIds = new Set(event.detail.ids);
  };

  readonly #handleCatalogueSelect = (event: GlobalEventHandlersEventMap['kpss-select']) => {
    if (event.detail.kind === 'service') this.selectService(event.detail.id);
  };

  /** Centres the map on a service and opens its popup. */
  selectService(id: string): void {
    const point = this.#points.find((p) => p.service.id === id);
    if (!point) return;
    this.#selectedKey = point.key;
    if (this.map) {
      this.map.setView([point.lat, point.lon], Math.max(this.map.getZoom(), 16));
      this.#refreshMarkers();
    }
  }

  // ——— data ———

  /** The mappable points of the services the filters (or the linked catalogue) leave. */
  #computePoints(data: MergedDataset): MapPoint[] {
    const previous = this.#pointsKey;
    if (
      previous?.data === data &&
      previous.ids === this.linkedIds &&
      previous.group === this.filterGroup &&
      previous.target === this.filterTarget
    ) {
      return this.#points;
    }
    const { linkedIds: ids, filterGroup: group, filterTarget: target } = this;
    // A linked catalogue filters; the map's own filters are shown only without one.
    const own = !this.#catalogueLink.element;
    ({ points: this.#points, unplaced: this.#unplaced } = pointsOf(
      data.services,
      (service, g) =>
        (!ids || ids.has(service.id)) &&
        (!own || ((!group || g === group) && (!target || Boolean(service.targetGroups?.includes(target as never))))),
    ));
    this.#pointsKey = { data, ids, group, target };
    return this.#points;
  }

  // ——— Leaflet ———

  /**
   * Everything the coming render shows is decided here, before it (the links, the map's state, the
   * markers and the list of what is in view): no reactive state is set in `updated()`.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // Starts loading a new src or data.
    super.willUpdate(changed);
    // The map lives in a container rendered only with the data ready and the tiles agreed to. Reloading
    // (a new src, retry) or moving the element removes it: the map goes with it and is made again in the new one.
    // Not while disconnected: the map must not be recreated then.
    const shown = this.isConnected && this.shownState === 'ready' && (!this.consent || this.consented);
    if (!shown) {
      if (this.map) this.#destroyMap();
      return;
    }
    // Created in updated(), once its container is rendered.
    if (this.mapState === 'idle') this.mapState = 'loading';
    const points = this.#computePoints(this.loader.dataset);
    if (this.map && this.#clustersOf !== points) this.#loadClusters(true);
    if (this.map && changed.has('tiles' as keyof KpssMap)) this.#resetTiles();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Leaflet needs the rendered container; the states the new map sets are set after its runtime has loaded.
    if (this.mapState === 'loading' && !this.#creatingMap) void this.#createMap();
  }

  /** A map is being created (its runtime loading). */
  #creatingMap = false;

  async #createMap(): Promise<void> {
    this.#creatingMap = true;
    let rt: Runtime;
    try {
      rt = await loadRuntime();
    } catch {
      this.mapState = 'failed';
      return;
    } finally {
      this.#creatingMap = false;
    }
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!this.isConnected || !container) {
      this.mapState = 'idle';
      return;
    }
    this.#adoptLeafletCss(rt.leafletCss);
    const L = rt.L;
    this.#rt = rt;
    // No zoom animation: Leaflet 1.9 throws from a pending zoom transition after map.remove(),
    // which happens whenever a CMS swaps page content during a zoom.
    const map = L.map(container, {
      zoomControl: false,
      attributionControl: true,
      keyboard: true,
      zoomAnimation: false,
    });
    map.attributionControl.setPrefix(false);
    // Leaflet's own controls speak the widget's language.
    const t = this.strings.map;
    L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      // Leaflet animates pans (popup auto-pan, centring on a place) in JavaScript, where CSS can't stop it.
      const panBy = map.panBy.bind(map);
      map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
    }
    this.map = map;
    this.markers = L.layerGroup().addTo(map);
    this.#resetTiles();
    map.on('moveend', () => this.#refreshMarkers());
    map.on('popupclose', (event) => {
      // Only the selected place's own popup deselects it: moving to another place removes the
      // previous marker, whose popup closes before the newly selected one opens.
      const point = this.#selectedKey ? this.#points.find((p) => p.key === this.#selectedKey) : undefined;
      const selected = point ? this.#shown.get(this.#markerKey(point)) : undefined;
      if (selected && (event as Leaflet.PopupEvent).popup === selected.getPopup()) this.#selectedKey = '';
    });
    // A map created hidden (tab, accordion) is 0×0 until told its size.
    this.#resizeObserver = new ResizeObserver(() => map.invalidateSize());
    this.#resizeObserver.observe(container);
    this.mapState = 'ready';
    this.#loadClusters(true);
  }

  #leafletStyled = false;

  #adoptLeafletCss(css: string): void {
    if (this.#leafletStyled) return;
    this.#leafletStyled = true;
    // Leaflet's rules first, so that the element's own styles win.
    this.addStyles([unsafeCSS(css)], true);
  }

  #tileLayer?: Leaflet.TileLayer;

  #resetTiles(): void {
    if (!this.map || !this.#rt) return;
    this.#tileLayer?.remove();
    this.tileError = false;
    this.#tileLayer = this.#rt.L.tileLayer(this.tiles, {
      attribution: attributionHtml(this.attribution, this.attributionUrl),
      maxZoom: 19,
    }).addTo(this.map);
    this.#tileLayer.on('tileerror', () => {
      this.tileError = true;
    });
  }

  #destroyMap(): void {
    clearTimeout(this.#inViewTimer);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.map?.remove();
    this.map = undefined;
    this.markers = undefined;
    this.#shown.clear();
    this.#tileLayer = undefined;
    this.#hereMarker = undefined;
    this.#clustersOf = undefined;
    if (this.mapState !== 'failed') this.mapState = 'idle';
  }

  /** Builds the cluster index for the current points; fits the map to them on first load. */
  #loadClusters(fit: boolean): void {
    if (!this.map || !this.#rt) return;
    const points = this.#points;
    this.clusters = new this.#rt.Supercluster({ radius: 80, maxZoom: 16 });
    // Cluster ids and point indexes belong to the old index.
    this.markers?.clearLayers();
    this.#shown.clear();
    this.#markedKey = '';
    ({ sites: this.#sites, siteOf: this.#siteOf } = sitesOf(points));
    this.clusters.load(
      this.#sites.map((site, i) => ({
        type: 'Feature' as const,
        properties: { i },
        geometry: { type: 'Point' as const, coordinates: [site.lon, site.lat] },
      })),
    );
    this.#clustersOf = points;
    if (fit && points.length) {
      const bounds = this.#rt.L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
      this.map.fitBounds(bounds.pad(0.1), { maxZoom: 15, animate: false });
    } else if (fit) {
      this.map.setView([49.8, 15.5], 7, { animate: false });
    }
    this.#refreshMarkers(true);
  }

  /** Draws the clusters and points for the current view and updates the list of what is in view. */
  #refreshMarkers(listNow = false): void {
    const { map, markers, clusters } = this;
    const L = this.#rt?.L;
    if (!map || !markers || !clusters || !L) return;
    const bounds = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    // Markers still wanted are kept, not re-created: cheaper when panning, and a marker whose
    // popup is open (and being auto-panned into view) must stay on the map.
    const wanted = new Map<string, { cluster: Cluster } | { point: MapPoint } | { site: Site }>();
    const t = this.strings.map;
    for (const feature of clusters.getClusters(bbox, zoom)) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
      if (props.cluster) {
        const id = props.cluster_id as number;
        const count = props.point_count ?? 0;
        wanted.set(`c${id}`, { cluster: { id, count, lat, lon, label: t.zoomToCluster(count) } });
      } else {
        const site = this.#sites[props.i as number] as Site;
        const [only] = site.points;
        if (site.points.length === 1 && only) wanted.set(`p${only.key}`, { point: only });
        else wanted.set(`s${site.key}`, { site });
      }
    }
    // Clusters change at every zoom step: their markers are reused for the new clusters
    // (moved and relabelled) instead of being removed and created again, which is what costs.
    const spare: ClusterMarker[] = [];
    for (const [key, marker] of this.#shown) {
      // A place whose popup is open (or opening, and being auto-panned into view) stays until it closes.
      if (wanted.has(key) || (!key.startsWith('c') && marker.isPopupOpen())) continue;
      this.#shown.delete(key);
      if (key.startsWith('c')) spare.push(marker as ClusterMarker);
      else markers.removeLayer(marker);
    }
    for (const [key, want] of wanted) {
      if (this.#shown.has(key)) continue;
      let marker: Leaflet.Marker;
      if ('cluster' in want) {
        const reused = spare.pop();
        if (reused) this.#relabelCluster(reused, want.cluster);
        marker = reused ?? this.#clusterMarker(want.cluster);
      } else if ('site' in want) {
        marker = this.#siteMarker(want.site);
      } else {
        marker = this.#pointMarker(want.point);
      }
      this.#shown.set(key, marker);
      if (!markers.hasLayer(marker)) markers.addLayer(marker);
    }
    for (const marker of spare) markers.removeLayer(marker);
    this.#showSelection();
    // When the view moves, the list follows once it settles, not in the frame that draws the markers.
    clearTimeout(this.#inViewTimer);
    if (listNow) this.#listInView(bounds);
    else this.#inViewTimer = setTimeout(() => this.#listInView(bounds), 100);
  }

  /** Updates the accessible list of the places within the bounds. */
  #listInView(bounds: Leaflet.LatLngBounds): void {
    const south = bounds.getSouth();
    const north = bounds.getNorth();
    const west = bounds.getWest();
    const east = bounds.getEast();
    const visible = this.#points.filter((p) => p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east);
    this.inViewTotal = visible.length;
    this.inView = visible.slice(0, IN_VIEW_LIMIT);
  }

  /** Marks the selected point's marker (and only it: touching every marker is slow) and opens its popup. */
  #showSelection(): void {
    const selected = this.#selectedKey ? this.#points.find((p) => p.key === this.#selectedKey) : undefined;
    const key = selected ? this.#markerKey(selected) : '';
    const previous = this.#markedKey ? this.#shown.get(this.#markedKey) : undefined;
    const current = key ? this.#shown.get(key) : undefined;
    if (previous && previous !== current) {
      previous.getElement()?.classList.remove('selected');
      previous.setZIndexOffset(0);
    }
    if (current) {
      current.getElement()?.classList.add('selected');
      if (previous !== current) current.setZIndexOffset(1000);
      if (!current.isPopupOpen()) current.openPopup();
    }
    this.#markedKey = current ? key : '';
  }

  /** A cluster's marker; a click zooms to where the cluster splits. */
  #clusterMarker(cluster: Cluster): ClusterMarker {
    const L = (this.#rt as Runtime).L;
    const count = document.createElement('span');
    const marker = L.marker([cluster.lat, cluster.lon], {
      keyboard: true,
      icon: L.divIcon({ className: 'kpss-cluster', html: count, iconSize: [40, 40] }),
    }) as ClusterMarker;
    const zoomIn = () => {
      const { map, clusters } = this;
      const shown = marker.cluster;
      if (!map || !clusters) return;
      map.setView([shown.lat, shown.lon], Math.min(clusters.getClusterExpansionZoom(shown.id), 18));
    };
    marker.on('click', zoomIn);
    // A cluster is announced as a button: Enter and Space do what a click does.
    marker.on('keydown', (event) => {
      const key = (event as Leaflet.LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      zoomIn();
    });
    marker.on('add', () => labelCluster(marker));
    this.#relabelCluster(marker, cluster);
    return marker;
  }

  /** Gives a cluster marker (new or reused) its cluster: place, count, size and accessible name. */
  #relabelCluster(marker: ClusterMarker, cluster: Cluster): void {
    marker.cluster = cluster;
    marker.setLatLng([cluster.lat, cluster.lon]);
    labelCluster(marker);
  }

  /**
   * A place's marker (one service, or several at one point): keyboard-reachable, named, its popup
   * focused when it opens (Escape in it takes the focus back to the marker).
   */
  #placeMarker(
    at: { lat: number; lon: number },
    name: string,
    className: string,
    popup: () => HTMLElement,
    html?: string,
  ): Leaflet.Marker {
    const L = (this.#rt as Runtime).L;
    const marker = L.marker([at.lat, at.lon], {
      keyboard: true,
      title: name,
      alt: name,
      // No `html` is Leaflet's `false`: undefined would be written on the map as "undefined".
      icon: L.divIcon({
        className,
        html: html ?? false,
        iconSize: [24, 24],
        iconAnchor: [12, 12],
        popupAnchor: [0, -12],
      }),
    });
    marker.bindPopup(popup, { maxWidth: 320, autoPanPadding: [16, 16] });
    marker.on('popupopen', (event) => {
      const content = (event as Leaflet.PopupEvent).popup.getElement();
      content?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.strings.map.closePopup);
      if (content) {
        this.levelHeadings(content);
        this.loadIcons(content);
      }
      content?.querySelector<HTMLElement>('h3')?.focus();
    });
    return marker;
  }

  #pointMarker(point: MapPoint): Leaflet.Marker {
    // A provider's seat and a point at the municipality's centre have markers of their own and say so in their name.
    const marker = this.#placeMarker(
      point,
      point.service.name + noted(point.location, this.strings),
      `kpss-marker group-${point.group}${kindClasses(point.location)}`,
      () =>
        servicePopup(
          point,
          this.strings,
          this.language,
          () => this.#closePopupTo(point),
          this.#catalogueLink.element && this.#showInCatalogue,
        ),
    );
    marker.on('click', () => {
      this.#selectedKey = point.key;
    });
    return marker;
  }

  /**
   * Closes the open popup and puts the focus back on the place's marker. A tall popup on a small map
   * may have panned the marker out of view (where it would be taken off the map): it comes back first.
   */
  #closePopupTo(point: MapPoint): void {
    const map = this.map;
    if (!map) return;
    map.closePopup();
    map.panInside([point.lat, point.lon], { animate: false, padding: [24, 24] });
    this.#refreshMarkers();
    this.#focusMarker(point);
  }

  /** The key of the marker a point is shown by: its own, or its site's when services share the point. */
  #markerKey(point: MapPoint): string {
    const site = this.#siteOf.get(point);
    return site && site.points.length > 1 ? `s${site.key}` : `p${point.key}`;
  }

  /** Focuses the place's own marker, found by its key (service and place), not by its title: names repeat. */
  #focusMarker(point: MapPoint): void {
    (this.#shown.get(this.#markerKey(point))?.getElement() as HTMLElement | undefined)?.focus();
  }

  /** One marker for the services at one point: its count, and a popup that lists them all. */
  #siteMarker(site: Site): Leaflet.Marker {
    const first = site.points[0] as MapPoint;
    const kind = siteKind(site);
    const name = [
      this.strings.map.servicesHere(site.points.length),
      formatAddress(first.location.address),
      placeNote(kind, this.strings),
    ]
      .filter(Boolean)
      .join(', ');
    return this.#placeMarker(
      site,
      name,
      `kpss-marker kpss-site group-${first.group}${kindClasses(kind)}`,
      () =>
        sitePopup(
          site,
          name,
          this.#selectedKey,
          this.strings,
          this.language,
          () => this.#closePopupTo(first),
          this.#catalogueLink.element && this.#showInCatalogue,
        ),
      `<span aria-hidden="true">${site.points.length}</span>`,
    );
  }

  /** Opens the place's service in the linked catalogue; closing the detail brings the focus back to the marker (an arrow function: popups call it). */
  readonly #showInCatalogue = (point: MapPoint): void => {
    const id = point.service.id;
    emit(this, 'kpss-select', { kind: 'service', id });
    void this.#catalogueLink.element?.openService(id, () => this.#focusMarker(point));
  };

  /** Selects a place and centres the map on it (an arrow function: the list's buttons call it). */
  readonly #openPoint = (point: MapPoint): void => {
    this.#selectedKey = point.key;
    emit(this, 'kpss-select', { kind: 'service', id: point.service.id });
    this.map?.setView([point.lat, point.lon], Math.max(this.map.getZoom(), 16));
    this.#refreshMarkers();
  };

  #nearMe(): void {
    this.geoMessage = '';
    // Choosing a municipality is offered only where the data has more than one.
    const failed = () => (this.#towns.count > 1 ? this.strings.map.nearMeFailed : this.strings.map.nearMeFailedNoList);
    if (!navigator.geolocation) {
      this.geoMessage = failed();
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        this.#goTo(
          { lat: position.coords.latitude, lon: position.coords.longitude, label: this.strings.map.youAreHere },
          true,
        ),
      () => {
        this.geoMessage = failed();
      },
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }

  /** Centres the map on a place and lets a linked catalogue sort by distance from it. */
  #goTo(place: { lat: number; lon: number; label: string }, mark: boolean): void {
    if (this.map && this.#rt) {
      this.map.setView([place.lat, place.lon], 13);
      this.#hereMarker?.remove();
      this.#hereMarker = mark
        ? this.#rt.L.circleMarker([place.lat, place.lon], { radius: 8, color: '#c0410e', weight: 3 })
            .bindTooltip(place.label)
            .addTo(this.map)
        : undefined;
    }
    if (this.#catalogueLink.element)
      this.#catalogueLink.element.origin = { lat: place.lat, lon: place.lon, label: place.label };
  }

  // ——— rendering ———

  protected renderContent(data: MergedDataset): TemplateResult {
    const t = this.strings.map;
    const points = this.#computePoints(data);
    if (this.#townsOf !== data) {
      // Once per dataset, not at every render.
      this.#towns = new TownList(data.services);
      const groups = new Set<string>();
      for (const service of data.services) for (const group of service.targetGroups ?? []) groups.add(group);
      this.#targetGroups = [...groups];
      this.#placeKinds = placeKindsOf(data.services);
      this.#townsOf = data;
    }
    const showMap = !this.consent || this.consented;
    return html`<div class="kpss-map">
      ${this.#renderControls(this.#towns)}
      ${
        showMap
          ? html`<div class="map-wrap">
              <div class="map" part="map" role="region" aria-label=${t.label} tabindex="-1"></div>
              ${this.mapState === 'loading' ? html`<p class="map-status" role="status">${t.loadingMap}</p>` : nothing}
              ${this.mapState === 'failed' ? html`<p class="map-status" role="alert">${t.mapFailed}</p>` : nothing}
            </div>`
          : consentView(this.tiles, t, this.#acceptConsent)
      }
      ${this.tileError ? html`<p class="tile-error" role="status">${t.tilesFailed}</p>` : nothing}
      ${legendView(this.strings, this.language, this.#placeKinds)}
      ${
        points.length
          ? inViewList(
              this.map ? this.inView : points.slice(0, IN_VIEW_LIMIT),
              this.map ? this.inViewTotal : points.length,
              this.strings,
              this.#openPoint,
            )
          : html`<p class="empty">${t.noLocations}</p>`
      }
      ${notPlacedView(this.#unplaced, t)}
    </div>`;
  }

  /** The button that had the focus goes away: the focus moves to the map that takes its place, not to the page. */
  async #acceptConsent(): Promise<void> {
    this.consented = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.map')?.focus();
  }

  #renderControls(towns: TownList): TemplateResult {
    const t = this.strings.map;
    const lang = this.language;
    return html`<div class="controls">
      <button type="button" @click=${this.#nearMe}>${t.nearMe}</button>
      ${
        towns.count > 1
          ? placeField({
              id: 'town',
              label: t.chooseTown,
              emptyLabel: t.noTown,
              value: this.townKey,
              places: towns.places(this.placeSuggestions || Boolean(this.townKey)),
              count: towns.count,
              suggestions: this.placeSuggestions,
              onFocus: () => {
                this.placeSuggestions = true;
              },
              onChange: (key) => {
                this.townKey = key;
                const town = towns.find(key);
                if (town) this.#goTo({ lat: town.lat, lon: town.lon, label: town.label }, false);
              },
            })
          : nothing
      }
      ${
        this.#catalogueLink.element
          ? nothing
          : html`<label class="inline">
                <span>${t.filterGroup}</span>
                <select @change=${(e: Event) => (this.filterGroup = (e.target as HTMLSelectElement).value)}>
                  <option value="">${t.any}</option>
                  ${(Object.keys(SERVICE_GROUPS) as ServiceGroup[]).map(
                    (g) =>
                      html`<option value=${g} ?selected=${this.filterGroup === g}>${label(SERVICE_GROUPS, g, lang)}</option>`,
                  )}
                </select>
              </label>
              <label class="inline">
                <span>${t.filterTargetGroup}</span>
                <select @change=${(e: Event) => (this.filterTarget = (e.target as HTMLSelectElement).value)}>
                  <option value="">${t.any}</option>
                  ${this.#targetGroups.map(
                    (g) =>
                      html`<option value=${g} ?selected=${this.filterTarget === g}>${label(TARGET_GROUPS, g, lang)}</option>`,
                  )}
                </select>
              </label>`
      }
      ${this.geoMessage ? html`<p role="alert" class="geo-message">${this.geoMessage}</p>` : nothing}
    </div>`;
  }
}
