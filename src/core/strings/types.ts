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
}
