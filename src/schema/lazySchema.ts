import { zodLibrary, type ZodLibrary } from './zodLibrary.js';

/**
 * A schema (or any object) built the first time it is used instead of when its module is
 * evaluated: `import 'slantwise'` then builds none of the library's zod schemas (some 200 zod
 * objects, about 20 ms of a cold start), and the first analysis needs none of them (its input
 * checks are plain code, see src/document/validateInput.ts).
 *
 * The stand-in is a `Proxy` that builds the object on the first operation of any kind (reading a
 * property, `instanceof`, listing keys, ...) and from then on acts as it: properties are read
 * from and written to the built object, its own properties are listed and described as the built
 * object's, and its prototype is the built object's (so `instanceof z.ZodObject` holds). zod's
 * schemas keep their state in the `_zod` object and their methods close over the instance, so a
 * schema and its stand-in parse, compose (`extend`, `optional`, as a field of another schema) and
 * convert to JSON Schema alike. Only identity differs: the stand-in is not `===` the object it
 * builds; `register` adds the stand-in to the registry, so that looking the exported schema up
 * finds it.
 *
 * The builder gets zod's `z` as its argument (from `zodLibrary`), so that zod itself is loaded
 * only when a schema is first built.
 *
 * @example
 * export const SpanSchema = lazySchema((z) => z.object({ start: z.number(), end: z.number() }));
 * SpanSchema.parse({ start: 0, end: 1 }); // built here, on first use
 */
export function lazySchema<T extends object>(build: (zod: ZodLibrary['z']) => T): T {
  // The proxy's target becomes a copy of the built object's own properties and prototype, so
  // that what the Proxy invariants check against (non-configurable properties, extensibility)
  // matches what the traps report.
  const target = {} as T;
  let built: T | null = null;
  const real = (): T => {
    if (built === null) {
      built = build(zodLibrary().z);
      Object.defineProperties(target, Object.getOwnPropertyDescriptors(built));
      Object.setPrototypeOf(target, Object.getPrototypeOf(built));
    }
    return built;
  };
  const handler: ProxyHandler<T> = {
    // zod's `register(registry, meta)` adds the instance it closes over; the stand-in adds
    // itself, so that `registry.get(Schema)` finds what `Schema.register(registry)` added.
    get: (_, key) => (key === 'register' && typeof Reflect.get(real(), key) === 'function' ? register : Reflect.get(real(), key)),
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value) && Reflect.set(target, key, value),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key) && Reflect.deleteProperty(target, key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor) && Reflect.defineProperty(target, key, descriptor),
    ownKeys: () => (real(), Reflect.ownKeys(target)),
    getOwnPropertyDescriptor: (_, key) => (real(), Reflect.getOwnPropertyDescriptor(target, key)),
    getPrototypeOf: () => (real(), Reflect.getPrototypeOf(target)),
    setPrototypeOf: (_, proto) => Reflect.setPrototypeOf(real(), proto) && Reflect.setPrototypeOf(target, proto),
    isExtensible: () => (real(), Reflect.isExtensible(target)),
    preventExtensions: () => Reflect.preventExtensions(real()) && Reflect.preventExtensions(target),
  };
  const proxy = new Proxy(target, handler);
  function register(registry: { add(schema: unknown, ...meta: unknown[]): unknown }, ...meta: unknown[]): T {
    registry.add(proxy, ...meta);
    return proxy;
  }
  return proxy;
}
