/**
 * Map benchmark: 15,000 points, from data to the first clustered paint and
 * one zoom step, comparing in the same run supercluster (what <kpss-map> uses)
 * with Leaflet.markercluster.
 */
import './leaflet-global.js';
import 'leaflet.markercluster/dist/leaflet.markercluster-src.js';
import type * as Leaflet from 'leaflet';
import '../src/map/index.js';
import type { KpssDataset } from '../src/core/types.js';
import { L, leafletCss, Supercluster } from '../src/map/leaflet-runtime.js';
import type { KpssMap } from '../src/map/map.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const round = (n: number) => Math.round(n * 10) / 10;

function mapDiv(): HTMLDivElement {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1000px; height: 700px';
  document.body.append(div);
  return div;
}

/** Points of the dataset, as <kpss-map> takes them (hidden addresses left out). */
function pointsOf(data: KpssDataset): [number, number][] {
  return (data.services ?? []).flatMap((s) =>
    (s.locations ?? []).flatMap((l) =>
      !l.hidden && l.lat !== undefined && l.lon !== undefined ? [[l.lat, l.lon] as [number, number]] : [],
    ),
  );
}

async function superclusterRun(points: [number, number][]) {
  const map = L.map(mapDiv(), { zoomAnimation: false, maxZoom: 18 }).setView([49.8, 15.5], 7);
  // The same tiles as the element's, so the three are compared drawing the same map.
  L.tileLayer(TILE).addTo(map);
  const layer = L.layerGroup().addTo(map);
  const draw = (index: Supercluster) => {
    layer.clearLayers();
    const b = map.getBounds();
    for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom())) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      layer.addLayer(
        L.marker([lat, lon], { icon: L.divIcon({ className: 'c', html: `${f.properties.point_count ?? 1}` }) }),
      );
    }
  };
  let t = performance.now();
  const index = new Supercluster({ radius: 80, maxZoom: 16 });
  index.load(
    points.map(([lat, lon]) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  );
  draw(index);
  await afterPaint();
  const firstPaint = performance.now() - t;
  t = performance.now();
  map.setZoom(8);
  draw(index);
  await afterPaint();
  const zoomStep = performance.now() - t;
  map.remove();
  return { firstPaintMs: round(firstPaint), zoomStepMs: round(zoomStep) };
}

async function markerclusterRun(points: [number, number][]) {
  const map = L.map(mapDiv(), { zoomAnimation: false, maxZoom: 18 }).setView([49.8, 15.5], 7);
  // The same tiles as the element's, so the three are compared drawing the same map.
  L.tileLayer(TILE).addTo(map);
  const G = (
    window as unknown as {
      L: { markerClusterGroup(o?: object): Leaflet.FeatureGroup & { addLayers(l: Leaflet.Layer[]): void } };
    }
  ).L;
  let t = performance.now();
  const group = G.markerClusterGroup({ chunkedLoading: false, animate: false });
  group.addLayers(points.map((p) => L.marker(p)));
  map.addLayer(group);
  await afterPaint();
  const firstPaint = performance.now() - t;
  t = performance.now();
  map.setZoom(8);
  await afterPaint();
  const zoomStep = performance.now() - t;
  map.remove();
  return { firstPaintMs: round(firstPaint), zoomStepMs: round(zoomStep) };
}

/** Leaflet's CSS in the page, for the bare clusterers' maps (the element has its own). */
function addLeafletCss(): void {
  const style = document.createElement('style');
  style.textContent = leafletCss;
  document.head.append(style);
}

/** A <kpss-map> given the data; resolves with the time from data to its first clustered paint. */
async function mapElement(json: KpssDataset): Promise<{ el: KpssMap; firstPaintMs: number }> {
  const el = document.createElement('kpss-map') as KpssMap;
  el.setAttribute('tiles', TILE);
  el.style.cssText = 'display: block; width: 1000px';
  document.body.append(el);
  const start = performance.now();
  el.data = json;
  while (!el.shadowRoot?.querySelector('.kpss-cluster, .kpss-marker')) await new Promise((r) => setTimeout(r, 5));
  await afterPaint();
  return { el, firstPaintMs: round(performance.now() - start) };
}

/** Zoom steps of a <kpss-map>, in and out by turns: new clusters drawn, markers still wanted kept. */
async function zoomSteps(el: KpssMap, count: number): Promise<number[]> {
  const leafletMap = (el as unknown as { map: Leaflet.Map }).map;
  const steps: number[] = [];
  for (let i = 0; i < count; i++) {
    const zoomStart = performance.now();
    leafletMap.setZoom(leafletMap.getZoom() + (i % 2 === 0 ? 1 : -1));
    await afterPaint();
    steps.push(round(performance.now() - zoomStart));
  }
  return steps;
}

export async function runMap(dataUrl: string) {
  addLeafletCss();
  const json = (await (await fetch(dataUrl)).json()) as KpssDataset;
  const points = pointsOf(json);

  // The element: data → validated → clustered markers painted.
  const { el, firstPaintMs: elementFirstPaint } = await mapElement(json);
  // One step alone is at the mercy of the machine: the median of eight.
  const steps = (await zoomSteps(el, 8)).sort((a, b) => a - b);
  const elementZoomStep = ((steps[3] as number) + (steps[4] as number)) / 2;
  el.remove();

  // Alternate the two clusterers twice so both see the same machine load.
  const sc = [await superclusterRun(points)];
  const mc = [await markerclusterRun(points)];
  sc.push(await superclusterRun(points));
  mc.push(await markerclusterRun(points));
  const best = (runs: { firstPaintMs: number; zoomStepMs: number }[]) => ({
    firstPaintMs: Math.min(...runs.map((r) => r.firstPaintMs)),
    zoomStepMs: Math.min(...runs.map((r) => r.zoomStepMs)),
  });
  return {
    points: points.length,
    elementFirstClusteredPaintMs: elementFirstPaint,
    elementZoomStepMs: round(elementZoomStep),
    supercluster: best(sc),
    markercluster: best(mc),
  };
}

/** For profiling the first paint: nothing to prepare (`mapReady` is what is measured). */
export async function mapPrepare() {}

/** For profiling: the element with the data, ready for `mapSteps`. */
export async function mapReady(dataUrl: string) {
  addLeafletCss();
  const json = (await (await fetch(dataUrl)).json()) as KpssDataset;
  const { firstPaintMs } = await mapElement(json);
  await new Promise((r) => setTimeout(r, 500));
  return { firstPaintMs };
}

/** For profiling: eight zoom steps of the element `mapReady` made. */
export async function mapSteps() {
  return { steps: await zoomSteps(document.querySelector('kpss-map') as KpssMap, 8) };
}

Object.assign(window, { runMap, mapPrepare, mapReady, mapSteps });
