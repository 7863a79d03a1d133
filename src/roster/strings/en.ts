/** English texts of the roster, loaded when a page shows it in English (see addTexts in core/i18n.ts). */
import type { Strings } from '../../core/i18n.js';

const texts: Strings['roster'] = {
  label: 'Community planning groups',
  noGroups: 'No community planning groups have been published yet.',
  noSteering: 'The steering group has not been published yet.',
  groupNotFound: (id) => `There is no group "${id}" in the data.`,
  noMembers: 'The members of this group have not been published yet.',
  memberCount: (n) => `${n} ${n === 1 ? 'member' : 'members'}`,
  membersOf: (group) => `Members: ${group}`,
  targetGroups: 'Target groups',
  meetings: 'Meetings',
  nextMeeting: 'Next meeting',
  howToJoin: 'How to take part',
  documents: 'Documents',
  triad: 'Representation of the sides',
  noSide: 'Side not given',
  legend: 'The sides of community planning',
  sides: { zadavatel: 'Commissioners', poskytovatel: 'Providers', uzivatel: 'Service users', verejnost: 'Public' },
  sideHints: {
    zadavatel: 'the town or region that plans and funds social services',
    poskytovatel: 'organisations that provide social services',
    uzivatel: 'people who use the services, and their families',
    verejnost: 'citizens and other institutions, e.g. schools, doctors, the police',
  },
  name: 'Name',
  role: 'Role',
  position: 'Position and organisation',
  side: 'Side',
  contact: 'Contact',
};

export default texts;
