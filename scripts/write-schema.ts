/** Writes public/data/dataset.schema.json from the zod schema the app validates with. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchema } from '../src/data/schema';

const target = resolve(process.cwd(), 'public/data/dataset.schema.json');
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
