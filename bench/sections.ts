/**
 * The benchmark's sections, run in this order by bench/run.ts. To add one, export a `Section`
 * from a new module in bench/ and list it here.
 */
import { adversarialSection } from './adversarial.ts';
import { browserSection } from './browser.ts';
import { bundleSection } from './bundle.ts';
import { coldStartSection } from './cold-start.ts';
import { corpusSection } from './corpus.ts';
import { lintSection } from './lint.ts';
import type { Section } from './types.ts';

export const sections: readonly Section[] = [lintSection, coldStartSection, adversarialSection, bundleSection, corpusSection, browserSection];
