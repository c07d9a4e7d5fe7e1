declare const __SLANTWISE_VERSION__: string;

/** Library name and version, recorded in every analysis (`meta.library`). */
export const LIBRARY = {
  name: 'slantwise',
  version: typeof __SLANTWISE_VERSION__ === 'string' ? __SLANTWISE_VERSION__ : '0.0.0-dev',
} as const;

/** Version of the output contract; bumped only on a breaking change of field names or meaning. */
export const SCHEMA_VERSION = 1 as const;
