import type { DataIssue } from '../validate.js';
import type { Strings } from './types.js';

const PROBLEM: Record<DataIssue['code'], (i: DataIssue) => string> = {
  'not-object': () => 'expected an object { … }',
  'not-array': () => 'the section must be a list [ … ]',
  required: () => 'a required value is missing',
  type: (i) => `wrong type of value (expected: ${i.expected})`,
  enum: (i) => `unknown value "${i.value}" (allowed: ${i.expected})`,
  format: (i) => `invalid format "${i.value}" (${i.expected})`,
  range: (i) => `value ${i.value} is out of range (${i.expected})`,
  pattern: (i) => `value "${i.value}" has the wrong form`,
  length: () => 'the value is empty or too long',
  'duplicate-id': (i) => `id "${i.value}" is used twice`,
  'unknown-reference': (i) => `reference "${i.value}" points to no record`,
};

const OUTCOME: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'The record was left out.',
  'value-ignored': 'The value is not shown.',
  kept: 'The record is shown without the link.',
};

export const en: Strings = {
  loading: 'Loading data…',
  retry: 'Try again',
  sampleData: 'Sample data: the content is partly invented.',
  updated: (date) => `Updated ${date}`,
  source: 'Source',
  issuesSummary: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} in the data`,
  issue: (i) => {
    const where = [
      `File ${i.source}`,
      i.section ? `${i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
      i.recordId ? `(id "${i.recordId}")` : '',
      i.field ? `field "${i.field}"` : '',
    ].filter(Boolean);
    return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
  },
  loadError: {
    http: (url, status) => `Could not load ${url} (HTTP error ${status}).`,
    network: (url) => `Could not load ${url}: the server does not answer or the connection broke.`,
    timeout: (url, s) => `${url} did not load within ${s} seconds.`,
    parse: (url, detail) => `${url} is not valid JSON: ${detail}.`,
    html: (url) => `${url} holds a web page (HTML), not JSON data. Check the address.`,
    empty: (url) => `${url} is empty.`,
    noData: 'No data is set: add the src attribute or inline JSON data.',
  },
  contact: { phone: 'Phone', email: 'E-mail', web: 'Web' },
  catalogue: {
    label: 'Catalogue of social services',
    searchLabel: 'Search for a service',
    searchHint: 'Type what you need help with, e.g. home care, debts, seniors.',
    situations: 'What are you dealing with?',
    filters: 'Refine',
    targetGroup: 'For whom',
    serviceType: 'Type of service',
    form: 'Form',
    municipality: 'Municipality',
    freeOnly: 'Free services only',
    any: 'All',
    activeFilters: 'Active filters',
    removeFilter: (label) => `Remove filter: ${label}`,
    clearAll: 'Clear all filters',
    resultCount: (n) => (n === 0 ? 'No service found' : `${n} ${n === 1 ? 'service' : 'services'} found`),
    sort: 'Sort',
    sortRelevance: 'by relevance',
    sortName: 'by name',
    sortDistance: 'by distance',
    distanceFrom: 'Distance from',
    distanceNone: 'not chosen',
    distance: (km) => `${km} km`,
    showMore: (n) => `Show more (${n})`,
    results: 'Results',
    provider: 'Provider',
    type: 'Type of service',
    forms: 'Form',
    targetGroups: 'For whom',
    where: 'Where',
    municipalities: 'Serves',
    openingHours: 'When',
    fee: 'Fee',
    free: 'free of charge',
    capacity: 'Capacity',
    ageRange: (from, to) =>
      from !== undefined && to !== undefined
        ? `${from}–${to} years`
        : from !== undefined
          ? `from ${from} years`
          : `up to ${to} years`,
    age: 'Age',
    description: 'Description',
    contacts: 'Contact',
    hiddenAddress: 'The address is kept secret for safety; contact the service by phone.',
    detail: (name) => `Details: ${name}`,
    close: 'Close',
    share: 'Copy link',
    shareCopied: 'The link is copied.',
    print: 'Print',
    emptyTitle: 'No service matches your search.',
    emptyLoosen: 'Try removing a filter:',
    emptyDidYouMean: 'Did you mean:',
    emptyContact: 'Not sure where to turn? Contact the community planning coordinator:',
    noServices: 'The catalogue holds no services yet.',
  },
};
