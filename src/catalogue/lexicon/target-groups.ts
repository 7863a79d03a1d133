/**
 * Target groups form a hierarchy: "osoby se zdravotním postižením" covers
 * people with physical, mental, sensory, combined and other disabilities.
 * The "Pro koho" filter, the "Co řešíte?" guide and the need lexicon all
 * read it, so a person choosing the broad group finds the services that name
 * a narrower one, and the filter and the guide agree.
 */
import type { TargetGroupCode } from '../../core/vocabulary.js';

/** Broad group → the narrower groups it covers. */
export const TARGET_GROUP_CHILDREN: Partial<Record<TargetGroupCode, readonly TargetGroupCode[]>> = {
  'osoby-se-zdravotnim-postizenim': [
    'osoby-s-telesnym-postizenim',
    'osoby-s-mentalnim-postizenim',
    'osoby-s-kombinovanym-postizenim',
    'osoby-se-zrakovym-postizenim',
    'osoby-se-sluchovym-postizenim',
    'osoby-s-jinym-zdravotnim-postizenim',
  ],
  'obeti-trestne-cinnosti': ['obeti-domaciho-nasili', 'obeti-obchodu-s-lidmi'],
};

/** Whether a service for `groups` serves the chosen `group`: the group itself or one it covers. */
export function servesGroup(groups: readonly string[] | undefined, group: string): boolean {
  if (!groups) return false;
  if (groups.includes(group)) return true;
  const narrower = TARGET_GROUP_CHILDREN[group as TargetGroupCode];
  return narrower?.some((child) => groups.includes(child)) ?? false;
}
