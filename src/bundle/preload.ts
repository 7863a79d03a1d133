/**
 * The first thing a page's script does: asks for the data of the page's elements while their code
 * is still on its way. Each URL in an element's `src` gets a `<link rel="preload">`, which the
 * element's own request then takes over (the loader asks the same way: CORS, cookies only to its
 * own site; `crossorigin=""` is "anonymous"), so the data downloads beside the code instead of
 * after it. On a phone's slow line the results come a round trip and a download sooner.
 *
 * Every entry imports this first, and the build puts it into the entry files themselves
 * (scripts/build/plugins.mjs `writeEntries`): a module of its own would cost the round trip it
 * saves. It asks for the data of all four elements, once per page: a URL already preloaded (by the
 * page itself, or by another of the library's scripts, whose request an element may have taken
 * over already) is not asked for again.
 */
const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((link) => link.href);
for (const element of document.querySelectorAll('kpss-catalogue[src],kpss-map[src],kpss-roster[src],kpss-plan[src]')) {
  for (const url of element.getAttribute('src')!.split(/\s+/)) {
    const link = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      crossOrigin: '',
      href: url,
    });
    if (url && !preloaded.includes(link.href)) {
      preloaded.push(link.href);
      document.head.append(link);
    }
  }
}
