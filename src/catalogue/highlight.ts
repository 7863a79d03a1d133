/**
 * Matched words marked in a card's texts, as an element directive:
 * `<p ${highlight(text, terms)}></p>`. The element's children are always
 * text, then <mark> and text by turns. At each keystroke the cards show other
 * services and other matches; the directive then changes the texts of the
 * nodes in place, adds nodes only when a text needs more marks than before
 * and empties those it no longer needs, where templates per mark would
 * create and remove DOM for every card.
 * Data is only ever set as text (`data`, `textContent`).
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { fold, remembered, stem } from '../core/text.js';

/** Words (letters and digits) and what lies between them. */
const WORD_OR_GAP = /([\p{L}\p{N}]+)/u;

/**
 * Splits a text into pieces: unmarked text, then marked word and unmarked
 * text by turns ("Domov pro seniory" with "senior" → ["Domov pro ", "seniory", ""]).
 */
export function highlightPieces(text: string, terms: ReadonlySet<string>): string[] {
  if (terms.size === 0) return [text];
  const parts = text.split(WORD_OR_GAP);
  const pieces: string[] = [];
  let plain = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 1 && isMatchedWord(part, terms as Set<string>)) {
      pieces.push(plain, part);
      plain = '';
    } else {
      plain += part;
    }
  }
  pieces.push(plain);
  return pieces;
}

class HighlightDirective extends Directive {
  #text?: string;
  #terms?: ReadonlySet<string>;

  render(_text: string, _terms: ReadonlySet<string>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [text, terms]: [string, ReadonlySet<string>]): typeof noChange {
    // The element renders again for other reasons too (a count announced, a filter menu): nothing to do then.
    if (text === this.#text && terms === this.#terms) return noChange;
    this.#text = text;
    this.#terms = terms;
    const element = part.element;
    const pieces = highlightPieces(text, terms);
    let node = element.firstChild;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      const marked = i % 2 === 1;
      if (node && (node.nodeType === Node.ELEMENT_NODE) === marked) {
        // A text node, or the text node in a <mark>: its text changes, the node stays.
        const textNode = (marked ? node.firstChild : node) as Text | null;
        if (!textNode) node.textContent = piece;
        else if (textNode.data !== piece) textNode.data = piece;
        node = node.nextSibling;
      } else {
        const created = marked ? document.createElement('mark') : document.createTextNode('');
        created.textContent = piece;
        element.insertBefore(created, node);
      }
    }
    // Nodes left over from a text with more marks are emptied, not removed: the next
    // keystroke's text often needs them again (an empty <mark> is not shown).
    for (; node; node = node.nextSibling) {
      const textNode = (node.nodeType === Node.ELEMENT_NODE ? node.firstChild : node) as Text | null;
      if (textNode?.data) textNode.data = '';
    }
    return noChange;
  }
}

/** Marks the words of `text` that the search matched (`terms`) inside the element it is placed on. */
export const highlight = directive(HighlightDirective);

/**
 * Whether a word of displayed text is one the query matched (for <mark>):
 * its stem, or a prefix of it of four letters or more, is a matched term.
 * Looking up the word's prefixes costs its length, not the number of terms.
 */
export function isMatchedWord(word: string, terms: ReadonlySet<string>): boolean {
  const term = termOf(word);
  if (terms.has(term)) return true;
  for (let length = 4; length < term.length; length++) if (terms.has(term.slice(0, length))) return true;
  return false;
}

/** The index term of a displayed word, remembered: the cards show the same words again at every keystroke. */
const termOf = remembered((word) => stem(fold(word)));
