// The catalog module's public surface: its service and its DataLoaders. Other code imports the
// catalog from here, never from its files (eslint.config.mjs holds this).
export { CatalogService, checkProductFields, type ProductFields, type ProductsReadAlong } from './service';
export { catalogLoaders, type CatalogLoaders } from './loaders';
export { PRODUCT_ROW_COLUMNS, productColumnsSql, productFieldsRead, type ProductRow } from './rows';
