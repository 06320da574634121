declare module 'virtual:scenario-catalog' {
  import type { Catalog } from './catalog.types';
  const catalog: Catalog;
  export default catalog;
}
