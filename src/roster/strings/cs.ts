/**
 * Czech texts of the roster; English and Ukrainian beside them (en.ts, uk.ts). The element's
 * module adds them (addTexts in core/i18n.ts), so a page gets the texts of the elements it has.
 */
import { plural, type Strings } from '../../core/i18n.js';

export const rosterCs: Strings['roster'] = {
  label: 'Skupiny komunitního plánování',
  noGroups: 'Zatím nejsou zveřejněny žádné skupiny komunitního plánování.',
  noSteering: 'Řídící skupina zatím není zveřejněna.',
  groupNotFound: (id) => `Skupina „${id}“ v datech není.`,
  noMembers: 'Členové skupiny zatím nejsou zveřejněni.',
  memberCount: (n) => `${n} ${plural('cs', n, 'člen', 'členové', 'členů')}`,
  membersOf: (group) => `Členové: ${group}`,
  targetGroups: 'Cílové skupiny',
  meetings: 'Jednání',
  nextMeeting: 'Příští jednání',
  howToJoin: 'Jak se zapojit',
  documents: 'Dokumenty',
  triad: 'Zastoupení stran',
  noSide: 'Strana neuvedena',
  legend: 'Strany komunitního plánování',
  sides: { zadavatel: 'Zadavatelé', poskytovatel: 'Poskytovatelé', uzivatel: 'Uživatelé', verejnost: 'Veřejnost' },
  sideHints: {
    zadavatel: 'obec nebo kraj, které sociální služby plánují a financují',
    poskytovatel: 'organizace, které sociální služby poskytují',
    uzivatel: 'lidé, kteří služby využívají, a jejich blízcí',
    verejnost: 'občané a další instituce, např. školy, lékaři, policie',
  },
  name: 'Jméno',
  role: 'Role',
  position: 'Funkce a organizace',
  side: 'Strana',
  contact: 'Kontakt',
};
