/** Ukrainian texts of the roster, loaded when a page shows it in Ukrainian (see addTexts in core/i18n.ts). */
import { plural, type Strings } from '../../core/i18n.js';

const texts: Strings['roster'] = {
  label: 'Групи громадського планування',
  noGroups: 'Групи громадського планування ще не опубліковано.',
  noSteering: 'Керівну групу ще не опубліковано.',
  groupNotFound: (id) => `Групи «${id}» у даних немає.`,
  noMembers: 'Склад групи ще не опубліковано.',
  memberCount: (n) => `${n} ${plural('uk', n, 'член', 'члени', 'членів')}`,
  membersOf: (group) => `Члени групи: ${group}`,
  targetGroups: 'Цільові групи',
  meetings: 'Засідання',
  nextMeeting: 'Наступне засідання',
  howToJoin: 'Як долучитися',
  documents: 'Документи',
  triad: 'Представництво сторін',
  noSide: 'Сторону не вказано',
  legend: 'Сторони громадського планування',
  sides: { zadavatel: 'Замовники', poskytovatel: 'Надавачі', uzivatel: 'Користувачі', verejnost: 'Громадськість' },
  sideHints: {
    zadavatel: 'місто або край, які планують і фінансують соціальні послуги',
    poskytovatel: 'організації, що надають соціальні послуги',
    uzivatel: 'люди, які користуються послугами, та їхні близькі',
    verejnost: 'громадяни та інші установи, напр. школи, лікарі, поліція',
  },
  name: 'Ім’я',
  role: 'Роль',
  position: 'Посада та організація',
  side: 'Сторона',
  contact: 'Контакт',
};

export default texts;
