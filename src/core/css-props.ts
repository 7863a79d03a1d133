/**
 * Sets inline CSS properties through the CSSOM, never as a `style` attribute:
 * pages with a strict Content-Security-Policy (no 'unsafe-inline') block
 * style attributes — Lit's styleMap writes one on first render — but not CSSOM.
 *
 *   <span data-style=${cssProps({ width: '40%' })}></span>
 */
import { noChange } from 'lit';
import { type AttributePart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

class CssPropsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE) throw new Error('cssProps() belongs in an attribute binding');
  }

  render(_props: Record<string, string>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Record<string, string>]) {
    for (const [name, value] of Object.entries(props)) part.element.style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
