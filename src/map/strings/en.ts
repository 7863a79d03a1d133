/** English texts of the map, loaded when a page shows it in English (see addTexts in core/i18n.ts). */
import type { Strings } from '../../core/i18n.js';

const texts: Strings['map'] = {
  label: 'Map of social services',
  legend: 'Legend',
  inView: (n) => `${n} ${n === 1 ? 'place' : 'places'} on the map`,
  inViewMore: (n) => `and ${n} more; zoom in.`,
  nearMe: 'Near me',
  nearMeFailed: 'Your location could not be found. Choose a municipality from the list.',
  nearMeFailedNoList: 'Your location could not be found. The services are on the map and in the list below it.',
  youAreHere: 'Your location',
  chooseTown: 'Go to municipality',
  noTown: 'choose a municipality',
  showInCatalogue: 'Show in the catalogue',
  servicesHere: (n) => `${n} ${n === 1 ? 'service' : 'services'} at this place`,
  zoomToCluster: (n) => `Group of ${n} places, zoom in`,
  tilesFailed: 'The map background could not be loaded. The services are shown on a plain background.',
  consentText: (host) => `The map loads its background from ${host}, which will learn your IP address. Show the map?`,
  consentButton: 'Show the map',
  loadingMap: 'Loading the map…',
  mapFailed: 'The map could not be shown. The list of services is below.',
  filterGroup: 'Group of services',
  filterTargetGroup: 'For whom',
  any: 'All',
  noLocations: 'No service has a place on the map.',
  notPlaced: (n) => `${n} ${n === 1 ? 'service' : 'services'} the map cannot show (no place, or a hidden address)`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  closePopup: 'Close',
};

export default texts;
