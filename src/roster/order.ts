/** The order of a roster: groups steering first, members by role, then surname the Czech way. */
import { compareByCzechKeys, czechSortKey } from '../core/text.js';
import type { Group, Member } from '../core/types.js';
import { ROLES, type Role } from '../core/vocabulary.js';
import { parsePersonName } from './names.js';

const ROLE_ORDER = Object.keys(ROLES) as Role[];
const MEMBER_RANK = ROLE_ORDER.indexOf('clen');

/** Position of a role in ROLES; a member without a (known) role counts as "člen". */
export function roleRank(role: string | undefined): number {
  const rank = role ? ROLE_ORDER.indexOf(role as Role) : -1;
  return rank === -1 ? MEMBER_RANK : rank;
}

/** Czech order of two names; the collator (slow to make on a phone) only decides between equal sort keys. */
const compareCzechText = (a: string, b: string): number => compareByCzechKeys(czechSortKey(a), a, czechSortKey(b), b);

/**
 * Role first (garant, předseda, místopředseda, koordinátor, …, člen, host),
 * then surname and given names with Czech collation; titles never count.
 */
export function compareMembers(a: Member, b: Member): number {
  const byRole = roleRank(a.role) - roleRank(b.role);
  if (byRole !== 0) return byRole;
  const nameA = parsePersonName(a.name);
  const nameB = parsePersonName(b.name);
  return (
    compareCzechText(nameA.surname, nameB.surname) ||
    compareCzechText(nameA.given, nameB.given) ||
    compareCzechText(a.name, b.name)
  );
}

/** A sorted copy of a group's members. */
export function sortMembers<T extends Member>(members: readonly T[] | undefined): T[] {
  return [...(members ?? [])].sort(compareMembers);
}

/** Steering groups first, the others in data order. */
export function orderGroups<T extends Group>(groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => Number(b.kind === 'ridici') - Number(a.kind === 'ridici'));
}

/**
 * The groups a `group` attribute asks for: "steering" (the group of kind
 * "ridici"), one group by id, or all groups when empty.
 */
export function selectGroups<T extends Group>(groups: readonly T[], wanted: string | null | undefined): T[] {
  const key = (wanted ?? '').trim();
  if (!key) return orderGroups(groups);
  const byId = groups.filter((group) => group.id === key);
  if (key !== 'steering') return byId;
  const steering = groups.filter((group) => group.kind === 'ridici').slice(0, 1);
  return steering.length ? steering : byId;
}
