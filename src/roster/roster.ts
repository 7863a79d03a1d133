import { html, nothing, type TemplateResult } from 'lit';
import { blockStyles } from '../core/blocks.styles.js';
import { cssProps } from '../core/css-props.js';
import { renderContacts } from '../core/format.js';
import { addTexts, formatDate, label } from '../core/i18n.js';
import { internalState, KpssElement } from '../core/kpss-element.js';
import { safeWebUrl } from '../core/safe-url.js';

import type { Group, Member, MergedDataset, Sourced } from '../core/types.js';
import { GROUP_KINDS, ROLES, ROLES_FEMININE, TARGET_GROUPS, TRIAD_SIDES, type TriadSide } from '../core/vocabulary.js';
import { initials, memberGender } from './names.js';
import { selectGroups, sortMembers } from './order.js';
import { rosterStyles } from './roster.styles.js';
import { rosterCs } from './strings/cs.js';

// This element's texts: its Czech, and where its English and Ukrainian load from (on a page that speaks them).
addTexts('roster', rosterCs, (lang) => (lang === 'en' ? import('./strings/en.js') : import('./strings/uk.js')));

export type RosterLayout = 'cards' | 'list' | 'table';

const LAYOUTS: readonly RosterLayout[] = ['cards', 'list', 'table'];
const SIDES = Object.keys(TRIAD_SIDES) as TriadSide[];

type RosterGroup = Group & Sourced;

/** Members per triad side; `none` counts members with no side. */
export type TriadCounts = Record<TriadSide | 'none', number>;

/** How many members of a group stand on each side of the triad. */
export function triadCounts(members: readonly Member[] | undefined): TriadCounts {
  const counts: TriadCounts = { zadavatel: 0, poskytovatel: 0, uzivatel: 0, verejnost: 0, none: 0 };
  for (const member of members ?? []) {
    counts[member.side && member.side in TRIAD_SIDES ? member.side : 'none']++;
  }
  return counts;
}

/**
 * Who plans the social services: the steering group (řídící skupina) and the
 * working groups, with their members ordered by role and surname, the balance
 * of the triad, meetings, documents and how the public can take part.
 *
 * @tagname kpss-roster
 * @summary Řídící a pracovní skupiny komunitního plánování a jejich členové.
 * @event {CustomEvent<KpssLoadDetail>} kpss-load - Data loaded: `{sources, counts, issues}`; with several files in `src`, again as each arrives.
 * @event {CustomEvent<KpssErrorDetail>} kpss-error - A data file could not be loaded: `{errors}`.
 * @csspart base - The element's wrapper.
 * @csspart group - One group.
 * @csspart member - One member (card, list item or table row).
 * @csspart triad - A group's balance of triad sides.
 * @csspart documents - A group's documents.
 * @csspart contacts - A member's e-mail and phone links.
 * @csspart legend - The legend of triad sides.
 * @csspart empty - The message shown when there is no group to show.
 * @cssproperty --kpss-color-primary - Links, buttons and accents.
 * @cssproperty --kpss-side-zadavatel - Colour of the commissioners' side.
 * @cssproperty --kpss-side-poskytovatel - Colour of the providers' side.
 * @cssproperty --kpss-side-uzivatel - Colour of the service users' side.
 * @cssproperty --kpss-side-verejnost - Colour of the public's side.
 * @cssproperty --kpss-font-family - Font (inherits the page's by default).
 * @cssproperty --kpss-radius - Corner radius.
 */
export class KpssRoster extends KpssElement {
  static override styles = [...KpssElement.styles, blockStyles, rosterStyles];

  /** The reactive properties: the attributes an admin sets (documented on their fields), then internal state. */
  static override properties = {
    group: {},
    layout: { reflect: true },
    ...internalState('failedPhotos'),
  };

  /** Which group: "steering", a group id, or empty for all groups. */
  group = '';

  /** "cards" (default), "list" (compact) or "table". */
  layout: RosterLayout = 'cards';

  /** Photo URLs that failed to load: their members show initials. */
  private failedPhotos: ReadonlySet<string> = new Set();

  /**
   * Shows a group (a linked plan calls this): scrolls to it and moves the focus to its heading.
   * A roster showing one other group shows all of them first.
   */
  async showGroup(id: string): Promise<void> {
    const heading = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-group-id="${CSS.escape(id)}"] .group-title`);
    if (!heading() && this.group) this.group = '';
    await this.updateComplete;
    heading()?.scrollIntoView({ block: 'start' });
    heading()?.focus();
  }

  get #effectiveLayout(): RosterLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'cards';
  }

  protected renderContent(data: MergedDataset): TemplateResult {
    const t = this.strings.roster;
    const groups = selectGroups(data.groups, this.group);
    if (groups.length === 0) {
      // Removing the attribute sets the property to null.
      const wanted = (this.group ?? '').trim();
      const message =
        data.groups.length === 0 ? t.noGroups : wanted === 'steering' ? t.noSteering : t.groupNotFound(wanted);
      return html`<p class="empty" part="empty">${message}</p>`;
    }
    const hasSides = groups.some((group) => group.members?.some((member) => member.side));
    // Two rosters on a page are two landmarks: each is named with its one group, or its data's title.
    const title = groups.length === 1 ? groups[0]?.name : data.metas.find((meta) => meta.title)?.title;
    return html`<section class="roster" aria-label=${title ? `${t.label}: ${title}` : t.label} data-layout=${this.#effectiveLayout}>
      ${groups.map((group, i) => this.#renderGroup(group, i))} ${hasSides ? this.#renderLegend() : nothing}
    </section>`;
  }

  #renderGroup(group: RosterGroup, index: number): TemplateResult {
    const t = this.strings.roster;
    const lang = this.language;
    const id = `g${index}`;
    const members = sortMembers(group.members);
    const targets = (group.targetGroups ?? []).map((code) => label(TARGET_GROUPS, code, lang));
    const fact = (term: string, value: unknown) =>
      value ? html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
    const facts = group.meetings || group.nextMeeting || targets.length;
    // An article, not a landmark: two rosters may show the same group.
    return html`<article class="group" part="group" aria-labelledby="${id}-title" data-group-id=${group.id}>
      <h2 id="${id}-title" class="group-title" tabindex="-1" lang="cs">${group.name}</h2>
      <p class="kind">${label(GROUP_KINDS, group.kind, lang)} · ${t.memberCount(members.length)}</p>
      ${group.description ? html`<p class="description" lang="cs">${group.description}</p>` : nothing}
      ${
        facts
          ? html`<dl class="facts">
              ${fact(t.targetGroups, targets.join(', '))}
              ${fact(t.meetings, group.meetings)}
              ${fact(
                t.nextMeeting,
                group.nextMeeting
                  ? html`<time datetime=${group.nextMeeting}>${formatDate(lang, group.nextMeeting)}</time>`
                  : '',
              )}
            </dl>`
          : nothing
      }
      ${
        group.howToJoin
          ? html`<div class="join">
              <h3>${t.howToJoin}</h3>
              <p>${group.howToJoin}</p>
            </div>`
          : nothing
      }
      ${members.length ? this.#renderTriad(members, id) : nothing}
      ${members.length ? this.#renderMembers(group, members) : html`<p class="no-members">${t.noMembers}</p>`}
      ${this.#renderDocuments(group, id)}
    </article>`;
  }

  #renderTriad(members: Member[], id: string): TemplateResult {
    const t = this.strings.roster;
    const counts = triadCounts(members);
    const keys = [...SIDES, 'none' as const].filter((side) => side !== 'none' || counts.none > 0);
    const name = (side: TriadSide | 'none') => (side === 'none' ? t.noSide : t.sides[side]);
    return html`<div class="triad" part="triad" role="group" aria-labelledby="${id}-triad">
      <p class="triad-title" id="${id}-triad">${t.triad}</p>
      <div class="bar" aria-hidden="true">
        ${keys
          .filter((side) => counts[side] > 0)
          .map(
            (side) =>
              html`<span class="segment" data-side=${side} data-style=${cssProps({ 'flex-grow': String(counts[side]) })}></span>`,
          )}
      </div>
      <ul class="counts">
        ${keys.map(
          (side) => html`<li data-side=${side}>
            <span class="swatch" data-side=${side} aria-hidden="true"></span>${name(side)}: <strong>${counts[side]}</strong>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderMembers(group: RosterGroup, members: Member[]): TemplateResult {
    const t = this.strings.roster;
    const layout = this.#effectiveLayout;
    if (layout === 'table') return this.#renderTable(group, members);
    return html`<ul class="members ${layout}" aria-label=${t.membersOf(group.name)}>
      ${members.map((member) => (layout === 'list' ? this.#renderListItem(member) : this.#renderCard(member)))}
    </ul>`;
  }

  #renderName(member: Member): TemplateResult {
    return html`<span class="member-name" lang="cs">${member.name}</span>`;
  }

  #renderAvatar(member: Member): TemplateResult {
    const url = safeWebUrl(member.photo);
    if (url && !this.failedPhotos.has(url)) {
      return html`<img
        class="avatar"
        src=${url}
        alt=""
        width="64"
        height="64"
        loading="lazy"
        decoding="async"
        @error=${() => {
          this.failedPhotos = new Set([...this.failedPhotos, url]);
        }}
      />`;
    }
    return html`<span class="avatar initials" aria-hidden="true">${initials(member.name) || '?'}</span>`;
  }

  /** The member's role in their gender: předsedkyně for a woman, předseda for a man. */
  #roleLabel(member: Member): string {
    if (!member.role) return '';
    return label(memberGender(member) === 'f' ? ROLES_FEMININE : ROLES, member.role, this.language);
  }

  #renderRole(member: Member): TemplateResult | typeof nothing {
    return member.role ? html`<span class="role">${this.#roleLabel(member)}</span>` : nothing;
  }

  #renderSide(member: Member): TemplateResult | typeof nothing {
    return member.side
      ? html`<span class="side" data-side=${member.side}>${label(TRIAD_SIDES, member.side, this.language)}</span>`
      : nothing;
  }

  #contacts(member: Member): TemplateResult | typeof nothing {
    if (!member.email && !member.phone) return nothing;
    return renderContacts(
      { email: member.email ? [member.email] : undefined, phone: member.phone ? [member.phone] : undefined },
      this.strings.contact,
    );
  }

  #renderCard(member: Member): TemplateResult {
    return html`<li class="member card" part="member">
      <div class="card-head">
        ${this.#renderAvatar(member)}
        <div>
          <h3>${this.#renderName(member)}</h3>
          ${member.role || member.side ? html`<p class="badges">${this.#renderRole(member)} ${this.#renderSide(member)}</p>` : nothing}
        </div>
      </div>
      ${member.function ? html`<p class="function" lang="cs">${member.function}</p>` : nothing}
      ${member.organisation ? html`<p class="organisation" lang="cs">${member.organisation}</p>` : nothing}
      ${this.#contacts(member)}
    </li>`;
  }

  #renderListItem(member: Member): TemplateResult {
    const position = [member.function, member.organisation].filter(Boolean).join(', ');
    return html`<li class="member row" part="member">
      <p class="line">
        ${this.#renderName(member)} ${this.#renderRole(member)} ${this.#renderSide(member)}
      </p>
      ${position ? html`<p class="position">${position}</p>` : nothing}
      ${this.#contacts(member)}
    </li>`;
  }

  #renderTable(group: RosterGroup, members: Member[]): TemplateResult {
    const t = this.strings.roster;
    const cell = (heading: string, value: unknown) =>
      html`<td data-label=${heading} class=${value ? '' : 'blank'}>${value || nothing}</td>`;
    return html`<table class="members-table">
      <caption>${t.membersOf(group.name)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.role}</th>
          <th scope="col">${t.position}</th>
          <th scope="col">${t.side}</th>
          <th scope="col">${t.contact}</th>
        </tr>
      </thead>
      <tbody>
        ${members.map(
          (member) => html`<tr class="member" part="member">
            <th scope="row">${this.#renderName(member)}</th>
            ${cell(t.role, this.#roleLabel(member))}
            ${cell(t.position, [member.function, member.organisation].filter(Boolean).join(', '))}
            ${cell(t.side, member.side ? this.#renderSide(member) : '')}
            ${cell(t.contact, member.email || member.phone ? this.#contacts(member) : '')}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderDocuments(group: RosterGroup, id: string): TemplateResult | typeof nothing {
    const documents = group.documents ?? [];
    if (documents.length === 0) return nothing;
    const lang = this.language;
    return html`<div class="documents" part="documents">
      <h3 id="${id}-documents">${this.strings.roster.documents}</h3>
      <ul aria-labelledby="${id}-documents">
        ${documents.map((doc) => {
          const href = safeWebUrl(doc.url);
          return html`<li>
            ${href ? html`<a href=${href}>${doc.title}</a>` : doc.title}
            ${doc.date ? html`<span class="date">(<time datetime=${doc.date}>${formatDate(lang, doc.date)}</time>)</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const t = this.strings.roster;
    const lang = this.language;
    // Not a landmark (a named section is one): two rosters would repeat it; its heading structures it.
    return html`<div class="legend" part="legend">
      <h2 id="legend-title">${t.legend}</h2>
      <dl>
        ${SIDES.map(
          (side) => html`<div class="legend-item">
            <dt><span class="side" data-side=${side}>${label(TRIAD_SIDES, side, lang)}</span></dt>
            <dd>${t.sideHints[side]}</dd>
          </div>`,
        )}
      </dl>
    </div>`;
  }
}
