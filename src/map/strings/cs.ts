/**
 * Czech texts of the map; English and Ukrainian beside them (en.ts, uk.ts). The element's
 * module adds them (addTexts in core/i18n.ts), so a page gets the texts of the elements it has.
 */
import { plural, type Strings } from '../../core/i18n.js';

export const mapCs: Strings['map'] = {
  label: 'Mapa sociálních služeb',
  legend: 'Legenda',
  inView: (n) => `Na mapě je ${n} ${plural('cs', n, 'místo', 'místa', 'míst')}`,
  inViewMore: (n) => `a ${n} dalších; přibližte mapu.`,
  nearMe: 'V mém okolí',
  nearMeFailed: 'Vaši polohu se nepodařilo zjistit. Vyberte obec ze seznamu.',
  nearMeFailedNoList: 'Vaši polohu se nepodařilo zjistit. Služby najdete na mapě a v seznamu pod ní.',
  youAreHere: 'Vaše poloha',
  chooseTown: 'Přejít na obec',
  noTown: 'vyberte obec',
  showInCatalogue: 'Zobrazit v katalogu',
  servicesHere: (n) => `${n} ${plural('cs', n, 'služba', 'služby', 'služeb')} na tomto místě`,
  zoomToCluster: (n) => `Skupina ${n} ${plural('cs', n, 'místa', 'míst', 'míst')}, přiblížit`,
  tilesFailed: 'Mapové podklady se nepodařilo načíst. Místa služeb jsou zobrazena na prázdném pozadí.',
  consentText: (host) =>
    `Mapa načítá mapové podklady ze serveru ${host}. Ten se při tom dozví vaši IP adresu. Chcete mapu zobrazit?`,
  consentButton: 'Zobrazit mapu',
  loadingMap: 'Načítám mapu…',
  mapFailed: 'Mapu se nepodařilo zobrazit. Seznam služeb je níže.',
  filterGroup: 'Skupina služeb',
  filterTargetGroup: 'Pro koho',
  any: 'Vše',
  noLocations: 'Žádná služba nemá na mapě místo.',
  notPlaced: (n) =>
    `${n} ${plural('cs', n, 'službu', 'služby', 'služeb')} mapa neukáže (bez polohy nebo s utajenou adresou)`,
  zoomIn: 'Přiblížit',
  zoomOut: 'Oddálit',
  closePopup: 'Zavřít',
};
