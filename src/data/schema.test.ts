import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, datasetSchema } from './schema';

describe('the JSON Schema', () => {
  it('checked in at public/data/dataset.schema.json is the one the zod schema generates (run npm run schema)', () => {
    const checkedIn: unknown = JSON.parse(
      readFileSync(resolve(process.cwd(), 'public/data/dataset.schema.json'), 'utf8'),
    );
    expect(checkedIn).toEqual(datasetJsonSchema());
  });

  it('requires the parts of a dataset', () => {
    const schema = datasetJsonSchema() as { required: string[] };
    expect(schema.required).toEqual([
      'meta',
      'codebook',
      'cases',
      'learning',
      'published',
      'screening',
    ]);
  });

  it('rejects a case without a title', () => {
    const result = datasetSchema.shape.cases.element.safeParse({
      id: 'a',
      themes: [],
      attributes: [],
      inferred: [],
    });
    expect(result.success).toBe(false);
  });
});
