/**
 * Allow-listed links. Data comes from spreadsheets typed by hand; only http(s),
 * mailto: and tel: ever become live links or image sources.
 */

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()/.-]{7,24}$/;

/** An http(s) URL, adding https:// to a bare "www.example.cz"; null for anything else. */
export function safeWebUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    // No scheme: accept only something that looks like a host name, e.g. www.senevida.cz/kontakt
    if (!/^[\p{L}0-9-]+(\.[\p{L}0-9-]+)+(?:[/?#].*)?$/u.test(text)) return null;
    text = `https://${text}`;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A plain http(s) address ("https://www.obec.cz/sluzby"): accepted without the cost of a URL parser. */
const PLAIN_WEB_URL = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,4})?(?:[/?#][!-~]*)?$/i;

/** Whether a value is a web address safeWebUrl accepts; fast for the common plain ones (validation of thousands). */
export function isWebUrl(raw: unknown): boolean {
  return typeof raw === 'string' && (PLAIN_WEB_URL.test(raw.trim()) || safeWebUrl(raw) !== null);
}

export function isValidEmail(raw: unknown): raw is string {
  return typeof raw === 'string' && EMAIL.test(raw.trim());
}

export function isValidPhone(raw: unknown): raw is string {
  if (typeof raw !== 'string' || !PHONE.test(raw.trim())) return false;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits >= 9 && digits <= 15;
}

/** mailto: link for a valid e-mail address, else null. */
export function mailtoHref(raw: unknown): string | null {
  return isValidEmail(raw) ? `mailto:${raw.trim()}` : null;
}

/** tel: link for a valid phone number, else null. */
export function telHref(raw: unknown): string | null {
  return isValidPhone(raw) ? `tel:${raw.trim().replace(/[^\d+]/g, '')}` : null;
}

/** Web address shown to people: without scheme and trailing slash. */
export function displayWebUrl(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
