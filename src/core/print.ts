import type { LitElement, ReactiveController } from 'lit';

/**
 * Whether the page is being printed: true between the browser's beforeprint and afterprint. The
 * host renders again on both; `onPrint` runs when printing starts, after the update is requested
 * (a host that must be laid out for print within the event renders there at once).
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private readonly host: LitElement,
    private readonly onPrint: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this);
    addEventListener('afterprint', this);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this);
    removeEventListener('afterprint', this);
  }

  handleEvent({ type }: Event): void {
    this.printing = type === 'beforeprint';
    this.host.requestUpdate();
    if (this.printing) this.onPrint();
  }
}
