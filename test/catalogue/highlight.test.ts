import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { catalogueStyles } from '../../src/catalogue/catalogue.styles.js';
import { highlight, highlightPieces } from '../../src/catalogue/highlight.js';

describe('highlight()', () => {
  // In a shadow root with the catalogue's styles, as in the element.
  const host = document.createElement('div');
  document.body.append(host);
  const container = host.attachShadow({ mode: 'open' });
  container.adoptedStyleSheets = [catalogueStyles.styleSheet as CSSStyleSheet];
  after(() => host.remove());
  const show = (text: string, terms: string[]) => {
    render(html`<p ${highlight(text, new Set(terms))}></p>`, container);
    return container.querySelector('p') as HTMLParagraphElement;
  };
  /** Marked words (a mark left empty for later is shown as nothing). */
  const marks = (p: Element) => [...p.querySelectorAll('mark')].map((m) => m.textContent).filter(Boolean);

  it('splits a text into unmarked text and marked words by turns', () => {
    expect(highlightPieces('Domov pro seniory', new Set(['senior']))).to.deep.equal(['Domov pro ', 'seniory', '']);
    expect(highlightPieces('Domov pro seniory', new Set())).to.deep.equal(['Domov pro seniory']);
    // Inflected and without diacritics, as the search matches them.
    expect(highlightPieces('Pečovatelská služba pro seniory', new Set(['pecovatel', 'senior']))).to.deep.equal([
      '',
      'Pečovatelská',
      ' služba pro ',
      'seniory',
      '',
    ]);
  });

  it('marks the matched words and keeps the text whole', () => {
    const p = show('Domov pro seniory a seniorky', ['senior']);
    expect(p.textContent).to.equal('Domov pro seniory a seniorky');
    expect(marks(p)).to.deep.equal(['seniory', 'seniorky']);
  });

  it('updates its nodes in place when the text or the matches change', () => {
    let p = show('Domov pro seniory', ['senior']);
    const mark = p.querySelector('mark');
    p = show('Klub seniorů Brno', ['senior']);
    expect(p.textContent).to.equal('Klub seniorů Brno');
    expect(marks(p)).to.deep.equal(['seniorů']);
    expect(p.querySelector('mark'), 'the same <mark>, new text').to.equal(mark);
    p = show('Klub seniorů Brno', []);
    expect(p.textContent).to.equal('Klub seniorů Brno');
    expect(marks(p)).to.deep.equal([]);
    p = show('Senior dům, senior klub', ['senior']);
    expect(marks(p)).to.deep.equal(['Senior', 'senior']);
    expect(p.textContent).to.equal('Senior dům, senior klub');
    // Fewer matches: the marks no longer needed are emptied (and not shown), not removed.
    const before = p.childNodes.length;
    p = show('Klub seniorů', ['senior']);
    expect(marks(p)).to.deep.equal(['seniorů']);
    expect(p.textContent).to.equal('Klub seniorů');
    expect(p.childNodes.length).to.equal(before);
    expect([...p.querySelectorAll('mark')].filter((m) => getComputedStyle(m).display !== 'none')).to.have.length(1);
  });

  it('shows markup in the data as text', () => {
    const p = show('<img src=x onerror=alert(1)> senior', ['senior']);
    expect(p.querySelector('img')).to.equal(null);
    expect(p.textContent).to.equal('<img src=x onerror=alert(1)> senior');
    expect(marks(p)).to.deep.equal(['senior']);
  });
});
