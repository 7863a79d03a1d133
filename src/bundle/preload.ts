/**
 * The first thing a page's script does: asks for the data of the page's elements while their code
 * is still on its way. Each URL in an element's `src` gets a `<link rel="preload">`, which the
 * element's own request then takes over (the loader asks the same way: CORS, cookies only to its
 * own site; `crossorigin=""` is "anonymous"), so the data downloads beside the code instead of
 * after it. On a phone's slow line the results come a round trip and a download sooner.
 *
 * Every entry imports this first, and the build puts it into the entry files themselves
 * (scripts/build/plugins.mjs `writeEntries`): a module of its own would cost the round trip it
 * saves. It asks for the data of all four elements: a page loading two entries asks twice for the
 * same URL, which the browser fetches once.
 */
for (const element of document.querySelectorAll('kpss-catalogue[src],kpss-map[src],kpss-roster[src],kpss-plan[src]')) {
  for (const url of element.getAttribute('src')!.split(/\s+/)) {
    if (url) {
      document.head.append(
        Object.assign(document.createElement('link'), {
          rel: 'preload',
          as: 'fetch',
          crossOrigin: '',
          href: url,
        }),
      );
    }
  }
}
