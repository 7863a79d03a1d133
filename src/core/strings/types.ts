import type { DataIssue } from '../validate.js';

/** Every visible text of the widgets, in one language. */
export interface Strings {
  loading: string;
  retry: string;
  sampleData: string;
  updated: (date: string) => string;
  source: string;
  /** Heading of the list of records left out or values ignored. */
  issuesSummary: (count: number) => string;
  issue: (issue: DataIssue) => string;
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
  map: {
    label: string;
    legend: string;
    inView: (count: number) => string;
    inViewMore: (count: number) => string;
    nearMe: string;
    nearMeFailed: string;
    youAreHere: string;
    chooseTown: string;
    noTown: string;
    showInCatalogue: string;
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
    showMore: (count: number) => string;
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
    print: string;
    emptyTitle: string;
    emptyLoosen: string;
    emptyDidYouMean: string;
    emptyContact: string;
    noServices: string;
  };
}
