import type { z } from 'zod';

/*
 * Builds hostile inputs for a request schema by walking its shape: nothing at all, an empty
 * object, and each field in turn left empty or given a value of the wrong kind. Used by the
 * message test that every schema must pass (no developer wording reaches a person).
 */

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values of every kind a hostile or careless client sends. */
export const WRONG_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'abc',
  '1/2',
  123,
  -1,
  1.5,
  0,
  true,
  [],
  ['abc'],
  {},
  'x'.repeat(5000),
  1e15,
];

/** A field path inside a request and how to put a value there. */
export type FieldSlot = { path: string[]; build: (value: unknown) => unknown };

/** Every field a schema accepts, nested objects and list items included (depth-limited). */
export function fieldSlots(schema: z.ZodType, depth = 0): FieldSlot[] {
  if (depth > 6) return [];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return def.innerType ? fieldSlots(def.innerType, depth) : [];
    case 'pipe':
      return def.in ? fieldSlots(def.in, depth) : [];
    case 'lazy':
      return def.getter ? fieldSlots(def.getter(), depth + 1) : [];
    case 'union':
      return (def.options ?? []).flatMap((o) => fieldSlots(o, depth + 1));
    case 'intersection':
      return [
        ...(def.left ? fieldSlots(def.left, depth) : []),
        ...(def.right ? fieldSlots(def.right, depth) : []),
      ];
    case 'object': {
      const out: FieldSlot[] = [];
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        out.push({ path: [key], build: (value) => ({ [key]: value }) });
        for (const inner of fieldSlots(child, depth + 1)) {
          out.push({ path: [key, ...inner.path], build: (value) => ({ [key]: inner.build(value) }) });
        }
      }
      return out;
    }
    case 'array': {
      if (!def.element) return [];
      const out: FieldSlot[] = [{ path: ['0'], build: (value) => [value] }];
      for (const inner of fieldSlots(def.element, depth + 1)) {
        out.push({ path: ['0', ...inner.path], build: (value) => [inner.build(value)] });
      }
      return out;
    }
    default:
      return [];
  }
}

/** Fewer values deep inside nested lists and objects: the kinds of refusal are the same there. */
const NESTED_VALUES: readonly unknown[] = [undefined, '', 'abc', 123, true, {}];

/** The inputs to try on `schema`: none, empty, and each wrong value in each field. */
export function hostileInputs(schema: z.ZodType): unknown[] {
  const inputs: unknown[] = [undefined, {}, null, 'abc', []];
  for (const slot of fieldSlots(schema)) {
    const values = slot.path.length > 2 ? NESTED_VALUES : WRONG_VALUES;
    for (const value of values) inputs.push(slot.build(value));
  }
  return inputs;
}
