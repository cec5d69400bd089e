/** Child-process helper: extracts stdin's [{ id, text }] in the given order with one fresh pipeline, in a fresh
 * process, and prints [[id, Document]] as JSON (the reference that no earlier test in the same process touched). */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const { options, items } = JSON.parse(readFileSync(0, 'utf8')) as { options: object; items: Array<{ id: string; text: string }> };
const pipeline = createPipeline(options);
process.stdout.write(JSON.stringify(items.map(({ id, text }) => [id, pipeline.extract(text, { id })])));
