/**
 * Words that never decide a search: grammar's small words and the filler of
 * a question ("hledám pomoc pro tátu", "potřebuji se poradit"). The search
 * leaves them out, so they cannot empty a good query; a query of nothing but
 * such words is searched as it is. Phrases of the need lexicon are matched
 * before these are dropped, so "bez domova" or "nemám kde spát" still count.
 * Not "být": without its accent it is "byt", a flat, which people look for.
 *
 * Part of the first download (a few hundred bytes): typing works before the
 * need lexicon arrives.
 */
import { fold } from '../../core/text.js';

const CZECH = `a i o u k ke s se si z ze v ve na do od po pro při za přes před pod nad mezi bez až
  aby ale ani že když kdyby jestli nebo či anebo tak také taky jen jenom už ještě pak tedy
  já ja mi mě mně mne mnou my nám nás námi ty ti tě tebe tobě on ona ono oni ony jej ho mu jí ji je jim jich jsem jsi
  jsme jste jsou byl byla bylo byli mít má máme mají mám
  můj moje můj mého mému mém naše náš našeho svůj svoje svého své svou jeho její jejich
  co kdo kde kam kdy jak proč jaký jaká jaké který která které kterou čí odkud
  nějaký nějaká nějaké něco někdo někoho někomu někde něčím by bych bys bychom byste
  hledám hledáme hledat potřebuji potřebuju potřebujeme potřeba chci chceme chtěl chtěla chtěli prosím děkuji
  můžete mohu můžu lze dá dát
  pomoc pomoci pomoct pomozte pomůže pomáhá služba služby službu služeb informace info
  the a an of to in on for with my me i we our you is are am be need needs help looking find where how what who`;

const UKRAINIAN = `я мені мене ми нам нас ти тобі він вона воно вони їм їх мій моя моє мої наш наша
  і й та а але або чи що хто де куди коли як чому який яка яке які
  в у на до від з із зі за про для по при без під над через біля
  є був була було були бути мати маю має
  потрібно потрібна потрібен потрібні треба шукаю шукати хочу будь ласка допомога допомоги допомогу допоможіть`;

/** Folded stop words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${CZECH} ${UKRAINIAN}`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => fold(word)),
);
