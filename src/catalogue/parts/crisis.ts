/**
 * When someone searches for words of suicide or self-harm ("nechci žít", "pořezávám se", "суїцид"),
 * the catalogue first gives the national lines that answer at once, day and night: the emergency
 * numbers and the first psychological aid line, whatever services the dataset holds (a small town's
 * catalogue rarely has a crisis line of its own). Comes with the module loaded after the first
 * render, like the need lexicon that recognises the words.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/i18n.js';

/** Needs of the lexicon (lexicon/needs.ts) for which a life may be at stake. */
const LIFE_AT_STAKE = new Set(['suicidal']);

/** The lines: emergency (155 ambulance, 112), Linka první psychické pomoci, Linka bezpečí for the young. */
const TEXTS: Record<Lang, [now: string, or: string, line: string, when: string, young: string]> = {
  cs: [
    'Jde-li o život, volejte hned záchrannou službu',
    'nebo',
    'Linka první psychické pomoci',
    'nonstop, zdarma, anonymně',
    'Děti a studenti: Linka bezpečí',
  ],
  en: [
    'If a life is at risk, call the ambulance now',
    'or',
    'First psychological aid line (in Czech)',
    'day and night, free, anonymous',
    'Children and students: Linka bezpečí',
  ],
  uk: [
    'Якщо йдеться про життя, негайно викличте швидку допомогу',
    'або',
    'Лінія першої психологічної допомоги (чеською)',
    'цілодобово, безкоштовно, анонімно',
    'Діти та студенти: Linka bezpečí',
  ],
};

const call = (number: string) => html`<a href="tel:${number.replace(/ /g, '')}">${number}</a>`;

/** The notice, when a part of the query names a need for which a life may be at stake. */
export function crisisNotice(
  parts: readonly { concepts: readonly { id: string }[] }[],
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!parts.some((part) => part.concepts.some((concept) => LIFE_AT_STAKE.has(concept.id)))) return nothing;
  const [now, or, line, when, young] = TEXTS[lang];
  return html`<div class="crisis" part="crisis">
    <p><strong>${now}: ${call('155')} ${or} ${call('112')}.</strong></p>
    <p>${line}: ${call('116 123')} (${when}).</p>
    <p>${young}: ${call('116 111')}.</p>
  </div>`;
}

export const crisisStyles = css`
  /* Before the results, where the eye starts: framed, the numbers large enough to tap. */
  .crisis {
    margin: 0 0 1em;
    padding: 0.5em var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }

  .crisis p {
    margin: 0.25em 0;
  }

  .crisis a {
    display: inline-block;
    padding-block: 0.25em;
    font-weight: 700;
    font-size: 1.125em;
  }
`;
