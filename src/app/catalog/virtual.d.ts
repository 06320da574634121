declare module 'virtual:scenario-catalog' {
  const catalog: import('./catalog.types').Catalog;
  export default catalog;
}
