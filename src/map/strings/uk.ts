/** Ukrainian texts of the map, loaded when a page shows it in Ukrainian (see addTexts in core/i18n.ts). */
import { plural, type Strings } from '../../core/i18n.js';

const texts: Strings['map'] = {
  label: 'Мапа соціальних послуг',
  legend: 'Легенда',
  inView: (n) => `На мапі ${n} ${plural('uk', n, 'місце', 'місця', 'місць')}`,
  inViewMore: (n) => `і ще ${n}; збільште мапу.`,
  nearMe: 'Поруч зі мною',
  nearMeFailed: 'Не вдалося визначити ваше місцезнаходження. Виберіть населений пункт зі списку.',
  nearMeFailedNoList: 'Не вдалося визначити ваше місцезнаходження. Послуги є на мапі та в списку під нею.',
  youAreHere: 'Ваше місцезнаходження',
  chooseTown: 'Перейти до населеного пункту',
  noTown: 'виберіть населений пункт',
  showInCatalogue: 'Показати в каталозі',
  servicesHere: (n) => `${n} ${plural('uk', n, 'послуга', 'послуги', 'послуг')} у цьому місці`,
  zoomToCluster: (n) => `Група з ${n} ${plural('uk', n, 'місця', 'місць', 'місць')}, збільшити`,
  tilesFailed: 'Не вдалося завантажити картографічну основу. Послуги показано на порожньому тлі.',
  consentText: (host) =>
    `Мапа завантажує картографічну основу з сервера ${host}, який дізнається вашу IP-адресу. Показати мапу?`,
  consentButton: 'Показати мапу',
  loadingMap: 'Завантаження мапи…',
  mapFailed: 'Не вдалося показати мапу. Список послуг нижче.',
  filterGroup: 'Група послуг',
  filterTargetGroup: 'Для кого',
  any: 'Усі',
  noLocations: 'Жодна послуга не має місця на мапі.',
  notPlaced: (n) =>
    `${n} ${plural('uk', n, 'послугу', 'послуги', 'послуг')} мапа не покаже (без місця або з прихованою адресою)`,
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  closePopup: 'Закрити',
};

export default texts;
