import type { DataIssue } from '../validate.js';
import type {
  CapacityUnit,
  Form,
  GroupKind,
  PlanStatus,
  Role,
  ServiceGroup,
  ServiceTypeCode,
  TargetGroupCode,
  TriadSide,
} from '../vocabulary.js';

/**
 * A language pack's labels of the vocabularies. Czech labels live in
 * core/vocabulary.ts itself; the other languages' packs carry these.
 */
export interface VocabularyTexts {
  serviceTypes: Record<ServiceTypeCode, string>;
  serviceGroups: Record<ServiceGroup, string>;
  forms: Record<Form, string>;
  targetGroups: Record<TargetGroupCode, string>;
  groupKinds: Record<GroupKind, string>;
  roles: Record<Role, string>;
  /** The roles said of a woman; the same words as `roles` where the language has one form. */
  rolesFeminine: Record<Role, string>;
  triadSides: Record<TriadSide, string>;
  planStatuses: Record<PlanStatus, string>;
  capacityUnits: Record<CapacityUnit, string>;
  /** The catalogue's life situations, by id (src/catalogue/lexicon/situations.ts). */
  lifeSituations: Record<string, string>;
}

/** Sections of texts that belong to one element; its Czech comes with the element's module. */
export type ElementSection = 'catalogue' | 'map' | 'plan' | 'roster';

/** The Czech texts in core: those every element shares. */
export type SharedStrings = Omit<Strings, ElementSection>;

/** Every visible text of the widgets, in one language. */
export interface Strings {
  loading: string;
  retry: string;
  sampleData: string;
  updated: (date: string) => string;
  source: string;
  /** Heading of the list of records left out or values ignored. */
  issuesSummary: (count: number) => string;
  /**
   * One data issue in a sentence. The Czech words load when a page has issues
   * to list (loadIssueTexts in i18n.ts); until then Czech has none.
   */
  issue?: (issue: DataIssue) => string;
  loadError: {
    http: (url: string, status: number) => string;
    network: (url: string) => string;
    timeout: (url: string, seconds: number) => string;
    parse: (url: string, detail: string) => string;
    html: (url: string) => string;
    empty: (url: string) => string;
    noData: string;
  };
  /** Labels of contact links. */
  contact: { phone: string; email: string; web: string };
  /** Said of a place whose point is its municipality's centre (`approximate`): the map's marker and popup, the catalogue's detail. */
  approximateLocation: string;
  /** Said of a place that is the provider's seat or office (`role: 'seat'`), not where clients come: map and detail. */
  seatLocation: string;
  map: {
    label: string;
    legend: string;
    inView: (count: number) => string;
    inViewMore: (count: number) => string;
    nearMe: string;
    nearMeFailed: string;
    /** The same where there is no list of municipalities to choose from (a one-town dataset). */
    nearMeFailedNoList: string;
    youAreHere: string;
    chooseTown: string;
    noTown: string;
    showInCatalogue: string;
    /** A marker for several services at one point: "3 služby na tomto místě". */
    servicesHere: (count: number) => string;
    zoomToCluster: (count: number) => string;
    tilesFailed: string;
    consentText: (host: string) => string;
    consentButton: string;
    loadingMap: string;
    mapFailed: string;
    filterGroup: string;
    filterTargetGroup: string;
    any: string;
    noLocations: string;
    /** "2 služby mapa neukáže (bez adresy nebo s utajenou adresou)": the summary of their list. */
    notPlaced: (count: number) => string;
    /** Leaflet's own controls, in the widget's language. */
    zoomIn: string;
    zoomOut: string;
    closePopup: string;
  };
  plan: {
    /** Accessible name of the whole element. */
    label: string;
    noPlans: string;
    /** Label of the select of plan periods. */
    choosePlan: string;
    /** An option of that select, e.g. "2022–2025 (platný)". */
    planOption: (period: string, current: boolean) => string;
    period: string;
    approved: string;
    document: string;
    /** Text of the link to the full document. */
    documentLink: string;
    vision: string;
    /** Heading of the summary. */
    summary: string;
    /** Overall progress, e.g. "Plán je splněn z 51 %". */
    overallProgress: (percent: string) => string;
    byStatus: string;
    /** Count of measures without a status. */
    noStatus: string;
    /** Caption of the table of priorities. */
    byPriority: string;
    priority: string;
    progress: string;
    budget: string;
    /** Caption of the table of sources of money. */
    bySource: string;
    source: string;
    amount: string;
    /** The part of a budget no source is named for. */
    unspecifiedSource: string;
    total: string;
    /** How budgets are added up, shown under the tables. */
    budgetNote: string;
    unknown: string;
    filters: string;
    targetGroup: string;
    workingGroup: string;
    status: string;
    year: string;
    any: string;
    clearFilters: string;
    expandAll: string;
    collapseAll: string;
    /** Number of measures shown; `total` differs from `shown` when filters are on. */
    measureCount: (shown: number, total: number) => string;
    nothingMatches: string;
    /** Name of a priority by its code, e.g. "Priorita 1". */
    priorityCode: (code: string) => string;
    noMeasures: string;
    targetGroups: string;
    responsible: string;
    partners: string;
    timeframe: string;
    indicators: string;
    target: (value: string) => string;
    actual: (value: string) => string;
    services: string;
    activities: string;
    /** Marks a measure's budget that is the sum of its activities'. */
    fromActivities: string;
    /** Accessible name of a progress bar, e.g. "Plnění: 1.1 Katalog…". */
    progressOf: (name: string) => string;
    copyLink: string;
    /** Accessible name of a measure's "copy link" button. */
    copyLinkOf: (code: string) => string;
    linkCopied: string;
    /** Shown with the link when it cannot be copied. */
    copyByHand: string;
  };
  roster: {
    /** Accessible name of the whole roster. */
    label: string;
    noGroups: string;
    noSteering: string;
    groupNotFound: (id: string) => string;
    noMembers: string;
    memberCount: (count: number) => string;
    /** Name of a group's member list and caption of its table. */
    membersOf: (group: string) => string;
    targetGroups: string;
    meetings: string;
    nextMeeting: string;
    howToJoin: string;
    documents: string;
    /** Heading of a group's triad balance. */
    triad: string;
    /** Count of members with no triad side. */
    noSide: string;
    /** Heading of the legend of triad sides. */
    legend: string;
    /** The triad sides as groups of people, e.g. "Poskytovatelé". */
    sides: Record<import('../vocabulary.js').TriadSide, string>;
    /** Who belongs to each side, for the legend. */
    sideHints: Record<import('../vocabulary.js').TriadSide, string>;
    /** Table column headers. */
    name: string;
    role: string;
    position: string;
    side: string;
    contact: string;
  };
  catalogue: {
    label: string;
    searchLabel: string;
    searchHint: string;
    situations: string;
    filters: string;
    targetGroup: string;
    serviceType: string;
    form: string;
    municipality: string;
    freeOnly: string;
    any: string;
    activeFilters: string;
    removeFilter: (label: string) => string;
    clearAll: string;
    resultCount: (count: number) => string;
    sort: string;
    sortRelevance: string;
    sortName: string;
    sortDistance: string;
    distanceFrom: string;
    distanceNone: string;
    distance: (km: string) => string;
    /** `mayHelp`: the results shown so far meet the need; the next ones may help. */
    showMore: (count: number, mayHelp: boolean) => string;
    results: string;
    provider: string;
    type: string;
    forms: string;
    targetGroups: string;
    where: string;
    municipalities: string;
    openingHours: string;
    fee: string;
    free: string;
    capacity: string;
    ageRange: (from?: number, to?: number) => string;
    age: string;
    description: string;
    contacts: string;
    hiddenAddress: string;
    detail: (name: string) => string;
    close: string;
    share: string;
    shareCopied: string;
    showOnMap: string;
    print: string;
    emptyTitle: string;
    emptyLoosen: string;
    emptyDidYouMean: string;
    /** "Obraťte se na koordinátora / koordinátorku …" (feminine when the coordinator is a woman). */
    emptyContact: (feminine: boolean) => string;
    /** Notice above results that match only some words of the query. */
    partialMatch: (matched: string) => string;
    /** Words of the query that matched nothing and were left out. */
    ignoredWords: (words: string) => string;
    /** Before the line that tells why a service was found through a need word. */
    whyFound: string;
    /** The link past the guide and the filters, right after the search field. */
    skipToResults: string;
    noServices: string;
  };
}
