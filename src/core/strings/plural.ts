type Lang = 'cs' | 'en' | 'uk';

const rules = new Map<Lang, Intl.PluralRules>();

/** Picks a plural form for a count: 'one', 'few', or the form for 'many' and 'other'. */
export function plural(lang: Lang, count: number, one: string, few: string, many: string): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = rule.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}
