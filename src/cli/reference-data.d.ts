/**
 * data/reference/cz-obce-souradnice.csv as scripts/build-cli.mjs bundles it
 * (scripts/build/municipalities.mjs): the list of municipalities with their
 * centres in a compact form.
 */
declare module '*/cz-obce-souradnice.csv' {
  const list: import('./municipalities.js').MunicipalityList;
  export default list;
}
