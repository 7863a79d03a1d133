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
