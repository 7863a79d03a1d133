/**
 * The KPSS data contract: one JSON document per dataset, every section optional.
 * data/schema/kpss-dataset.schema.json describes the same shape for tools;
 * the validator in validate.ts checks documents against that schema.
 */
import type {
  CapacityUnit,
  Form,
  Gender,
  GroupKind,
  PlanStatus,
  Role,
  ServiceTypeCode,
  TargetGroupCode,
  TriadSide,
} from './vocabulary.js';

export interface ContactInfo {
  /** A contact person or department, as text. */
  person?: string;
  email?: string[];
  phone?: string[];
  web?: string[];
}

export interface Address {
  street?: string;
  /** House number as written, e.g. "125" or "1234/5". */
  number?: string;
  /** Municipality (obec), required. */
  city: string;
  /** Part of the municipality when it differs from the city. */
  cityPart?: string;
  postcode?: string;
  /** RÚIAN municipality code. */
  cityCode?: string;
  district?: string;
  region?: string;
}

export interface DatasetMeta {
  /** Human title of the dataset, e.g. "Katalog sociálních služeb Jirkov". */
  title?: string;
  area?: { name: string; level?: 'obec' | 'orp' | 'kraj' | 'stat'; code?: string };
  /** ISO date of the last update. */
  updated?: string;
  source?: string;
  licence?: string;
  /** `gender` "f" says "Obraťte se na koordinátorku"; without it a surname in -á counts as a woman's. */
  coordinator?: ContactInfo & { name?: string; organisation?: string; gender?: Gender };
  /** True when the content is sample (partly invented) data. */
  sample?: boolean;
  /** Extra search synonyms: each inner list holds words meaning the same. */
  synonyms?: string[][];
}

export interface Provider {
  id: string;
  name: string;
  ico?: string;
  legalForm?: string;
  address?: Address;
  contact?: ContactInfo;
  description?: string;
}

export interface ServiceLocation {
  name?: string;
  address?: Address;
  lat?: number;
  lon?: number;
  /**
   * The point is the municipality's centre, not the place itself (data
   * without coordinates, e.g. the registry's): the map marks it as approximate.
   */
  approximate?: boolean;
  /**
   * What the place is: where the service is provided (`service`, the default: clients come here or
   * live here), or the provider's seat or office (`seat`): a field service sets out from it, clients
   * don't come. The map shows seats with a marker of their own; distances count to them only when the
   * service has no other place.
   */
  role?: 'service' | 'seat';
  /** A hidden address (e.g. a shelter for victims of violence): never shown or mapped. */
  hidden?: boolean;
}

/** A day of the week, as HSDS and iCalendar's byday in lower case. */
export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** One stretch of opening time on the given days; several a day are several entries. */
export interface WeeklyHours {
  days: Weekday[];
  /** "08:00" — local time in Czechia. */
  opens: string;
  /** "16:30"; earlier than `opens` means past midnight ("19:00"–"07:00"); "24:00" ends the day. */
  closes: string;
  /** Only by appointment in this time. */
  byAppointment?: boolean;
  note?: string;
}

/** A closure (holiday, a day closed for cleaning): from the first to the last day, both included. */
export interface Closure {
  from: string;
  to?: string;
  note?: string;
}

/** Opening hours in a form a program can read (HSDS 3.0 `schedules` both ways). */
export interface OpeningHours {
  /** The form these hours are for, when the service has several. */
  form?: Form;
  /** The place these hours are for (a location's name or municipality), when the service has several. */
  place?: string;
  /** Open all day every day. */
  nonstop?: boolean;
  /** By appointment only (without fixed times, or besides them). */
  byAppointment?: boolean;
  weekly?: WeeklyHours[];
  /** Open on public holidays too; otherwise a public holiday counts as closed. */
  openOnHolidays?: boolean;
  closures?: Closure[];
  /** ISO dates between which these hours hold (e.g. winter hours). */
  validFrom?: string;
  validTo?: string;
  note?: string;
}

export type AccessibilityLevel = 'full' | 'partial' | 'none';
export type FeeKind = 'free' | 'paid' | 'priceList';
export type AvailabilityStatus = 'available' | 'waitlist' | 'full';

export interface Capacity {
  count: number;
  unit: CapacityUnit;
  form?: Form;
}

export interface Service {
  /** The national registry's identifier where one exists, else any stable id. */
  id: string;
  providerId?: string;
  name: string;
  type: ServiceTypeCode;
  forms?: Form[];
  targetGroups?: TargetGroupCode[];
  ageRange?: { from?: number; to?: number };
  capacity?: Capacity[];
  /** Municipalities served (names). */
  municipalities?: string[];
  locations?: ServiceLocation[];
  contact?: ContactInfo;
  /** Opening hours as lines of text, e.g. "Po–Pá 8:00–16:00", shown as written. */
  openingHours?: string[];
  /** Opening hours a program can read: "open now" and the like. */
  hours?: OpeningHours[];
  /** `free: true` is the older way of saying `kind: 'free'`. */
  fee?: { free?: boolean; kind?: FeeKind; note?: string };
  /** Step-free access (bezbariérový přístup). */
  accessibility?: { level: AccessibilityLevel; note?: string };
  /** Languages the service works in, ISO 639 codes ("cs", "uk", "cse" for Czech sign language). */
  languages?: string[];
  /** ISO date when the service's details were last checked with the provider. */
  verified?: string;
  /** Free places as the provider stated them on `date`. */
  availability?: { status: AvailabilityStatus; date: string; note?: string };
  description?: string;
  keywords?: string[];
}

export interface GroupDocument {
  title: string;
  url: string;
  date?: string;
}

export interface Member {
  id?: string;
  /** Full name with academic titles as written, e.g. "Mgr. Jana Nováková, Ph.D." */
  name: string;
  function?: string;
  organisation?: string;
  role?: Role;
  /**
   * "f" for a woman, "m" for a man: the role is then said in the feminine
   * (předsedkyně, členka) or masculine. Without it a Czech surname in -á
   * ("Nováková") counts as a woman's.
   */
  gender?: Gender;
  side?: TriadSide;
  email?: string;
  phone?: string;
  photo?: string;
}

export interface Group {
  id: string;
  kind: GroupKind;
  name: string;
  targetGroups?: TargetGroupCode[];
  description?: string;
  /** Meeting schedule as text, e.g. "každé první úterý v měsíci". */
  meetings?: string;
  /** ISO date (or date-time) of the next meeting. */
  nextMeeting?: string;
  /** How the public can take part. */
  howToJoin?: string;
  documents?: GroupDocument[];
  members?: Member[];
}

export interface Budget {
  amount?: number;
  currency?: string;
  sources?: { name: string; amount?: number }[];
}

export interface Indicator {
  name: string;
  target?: number | string;
  actual?: number | string;
  unit?: string;
}

export interface PlanItem {
  code: string;
  title: string;
  description?: string;
  targetGroups?: TargetGroupCode[];
  groupId?: string;
  responsible?: string;
  partners?: string[];
  timeframe?: { from?: number; to?: number; note?: string };
  budget?: Budget;
  indicators?: Indicator[];
  status?: PlanStatus;
  /** Progress in percent, 0–100. */
  progress?: number;
  serviceIds?: string[];
}

export interface Measure extends PlanItem {
  activities?: PlanItem[];
}

export interface Priority extends PlanItem {
  measures?: Measure[];
}

export interface Plan {
  id: string;
  title: string;
  period: { from: number; to: number };
  approval?: { body: string; date?: string; resolution?: string };
  documentUrl?: string;
  vision?: string;
  priorities?: Priority[];
}

/** One dataset document as published by a town. */
export interface KpssDataset {
  $schema?: string;
  meta?: DatasetMeta;
  providers?: Provider[];
  services?: Service[];
  groups?: Group[];
  /** Community plans, one per period; the current one is shown first. */
  plans?: Plan[];
}

/** Where a record came from, added by the loader. */
export interface Sourced {
  /** URL or name of the dataset the record came from. */
  $source: string;
  /**
   * The record's id in its own dataset when another dataset has a different
   * record with that id: the record is then kept under an id qualified by its
   * source ("b.json#pecovatelska-sluzba").
   */
  $originalId?: string;
}

export type ServiceRecord = Service &
  Sourced & {
    /** The provider the service's providerId points to, resolved within its dataset. */
    $provider?: Provider;
  };

/** Several datasets merged into one, each record tagged with its source. */
export interface MergedDataset {
  metas: (DatasetMeta & Sourced)[];
  providers: (Provider & Sourced)[];
  services: ServiceRecord[];
  groups: (Group & Sourced)[];
  plans: (Plan & Sourced)[];
}
