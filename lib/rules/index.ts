/**
 * The rule engine with every language registered: what Node, the tests, the command-line tool
 * and the options page import. The extension's background imports engine.ts instead and loads
 * language packs as messages need them (packs.ts).
 */
import { addPhraseBook, useIndexBuilder } from './books.ts';
import { CATALOGS } from './messages/all.ts';
import { addCatalog } from './messages/index.ts';
import { buildStoredIndex } from './phrase-analysis.ts';
import { classSpec } from './quick-regex-parse.ts';
import { ALL_PHRASE_BOOKS } from './phrases/books.ts';
import { LANGUAGES } from './types.ts';

// Each language's prefilter is worked out when the language is first needed (the packs ship theirs).
useIndexBuilder({ build: buildStoredIndex, classSpecs: (sources) => sources.map(classSpec) });
for (const book of ALL_PHRASE_BOOKS) addPhraseBook(book);
for (const language of LANGUAGES) addCatalog(language, CATALOGS[language]);

export * from './engine.ts';
export { CATALOGS };
