/**
 * A quick yes to "does this JSON value already match the schema, with nothing to strip?", built
 * from a zod schema's own definition. Loading a JSON dataset validates every case and learning
 * item; zod's compiled fast path needs `new Function`, which the Content-Security-Policy forbids,
 * and without it zod walks and copies each item (a fifth of a JSON load, and most of its garbage).
 * The checker answers true only when it can verify every rule of the schema; anything it does not
 * know (a refinement, a transform, a union, an unknown key) makes it answer false, and the caller
 * asks zod, which also words the problem. Agreement with zod is property-tested.
 */
import type { z } from 'zod';

/** A check on a value that is already known to have the right type. */
type Rule = (value: unknown) => boolean;

/** The parts of zod's internal definition this reads (zod 4: `schema._zod.def`). */
interface Definition {
  type: string;
  checks?: ReadonlyArray<{ _zod: { def: CheckDefinition } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
}

interface CheckDefinition {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** One of zod's checks as a rule, or undefined when it is one this does not know. */
function checkRule(check: CheckDefinition): Rule | undefined {
  switch (check.check) {
    case 'min_length': {
      const minimum = check.minimum ?? 0;
      return (value) => (value as { length: number }).length >= minimum;
    }
    case 'max_length': {
      const maximum = check.maximum ?? Number.POSITIVE_INFINITY;
      return (value) => (value as { length: number }).length <= maximum;
    }
    case 'greater_than': {
      const bound = check.value ?? 0;
      return check.inclusive
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = check.value ?? 0;
      return check.inclusive
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound;
    }
    case 'number_format':
      return check.format === 'safeint'
        ? (value) => Number.isSafeInteger(value as number)
        : undefined;
    case 'string_format': {
      const pattern = check.pattern;
      if (check.format !== 'regex' || !pattern || pattern.global || pattern.sticky)
        return undefined;
      return (value) => pattern.test(value as string);
    }
    default:
      return undefined;
  }
}

/** A type test followed by the schema's checks; undefined when a check is unknown. */
function withChecks(definition: Definition, isType: Rule): Rule | undefined {
  const rules: Rule[] = [];
  for (const check of definition.checks ?? []) {
    const rule = checkRule(check._zod.def);
    if (!rule) return undefined;
    rules.push(rule);
  }
  if (rules.length === 0) return isType;
  return (value) => {
    if (!isType(value)) return false;
    for (const rule of rules) if (!rule(value)) return false;
    return true;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object schema's rule: no key outside the shape, each key's value by its schema. */
function objectRule(definition: Definition): Rule | undefined {
  // A catchall (loose or strict objects) changes what happens to other keys: left to zod.
  if (!definition.shape || definition.catchall !== undefined) return undefined;
  const fields: Array<{ key: string; optional: boolean; rule: Rule }> = [];
  for (const [key, schema] of Object.entries(definition.shape)) {
    const inner = definitionOf(schema);
    const optional = inner.type === 'optional';
    const rule = compile(optional && inner.innerType ? inner.innerType : schema);
    if (!rule || (optional && !inner.innerType)) return undefined;
    fields.push({ key, optional, rule });
  }
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!isPlainObject(value)) return false;
    // zod would strip another key (and the loader reports it): the slow path does both.
    for (const key in value) if (!known.has(key)) return false;
    for (const { key, optional, rule } of fields) {
      const field = value[key];
      if (field === undefined ? !optional : !rule(field)) return false;
    }
    return true;
  };
}

/** The rule of a schema, or undefined when it uses something this does not know. */
function compile(schema: z.ZodType): Rule | undefined {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string':
      return withChecks(definition, (value) => typeof value === 'string');
    case 'number':
      return withChecks(definition, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return definition.checks?.length ? undefined : (value) => typeof value === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(definition.entries ?? {}));
      return (value) =>
        (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'nullable': {
      const inner = definition.innerType && compile(definition.innerType);
      return inner ? (value) => value === null || inner(value) : undefined;
    }
    case 'array': {
      const element = definition.element && compile(definition.element);
      if (!element) return undefined;
      return withChecks(definition, (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      });
    }
    case 'object':
      return definition.checks?.length ? undefined : objectRule(definition);
    case 'union': {
      // zod takes the first option that accepts; none here transforms, so any match will do.
      const options = (definition.options ?? []).map(compile);
      if (options.length === 0 || options.some((o) => o === undefined)) return undefined;
      const rules = options as Rule[];
      return (value) => rules.some((rule) => rule(value));
    }
    default:
      return undefined;
  }
}

const compiled = new WeakMap<z.ZodType, Rule | null>();

/**
 * True when `value` matches `schema` exactly as zod would accept it and zod's result would equal
 * it (no key stripped, no default filled, nothing transformed); false means "ask zod".
 */
export function matchesShape(schema: z.ZodType, value: unknown): boolean {
  let rule = compiled.get(schema);
  if (rule === undefined) {
    rule = compile(schema) ?? null;
    compiled.set(schema, rule);
  }
  return rule !== null && rule(value);
}
