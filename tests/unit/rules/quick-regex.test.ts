// @vitest-environment node
/**
 * The quick matcher (lib/rules/quick-regex.ts) must end every match exactly where V8's sticky
 * regex of the same source ends it: on hand-made cases of each construct, on every phrase of
 * every language (text generated from the phrase, and its near misses), and on the whole tuning
 * corpus through the engine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../corpus/score.ts';
import { setQuickTries, toRegexSource, WORD_CHAR } from '../../../lib/rules/compile.ts';
import { lint } from '../../../lib/rules/index.ts';
import { forgetParagraphs } from '../../../lib/rules/phrase-rules.ts';
import { indexedLists, type StoredIndex } from '../../../lib/rules/language-index.ts';
import { ALL_PHRASE_BOOKS } from '../../../lib/rules/phrases/books.ts';
import { quickMatcher, specTest, type ClassSpec, type QuickTree } from '../../../lib/rules/quick-regex.ts';
import { classSpec, parseQuick, QuickRegexUnsupported, quickRegex } from '../../../lib/rules/quick-regex-parse.ts';
import { buildStoredIndex } from '../../../lib/rules/phrase-analysis.ts';
import { buildPack } from '../../../lib/rules/packs-build.ts';

function regexEnd(source: string, text: string, position: number): number {
  const regex = new RegExp(source, 'y');
  regex.lastIndex = position;
  return regex.test(text) ? regex.lastIndex : -1;
}

function expectSameEverywhere(source: string, texts: readonly string[]): void {
  const quick = quickRegex(source);
  const regex = new RegExp(source, 'y');
  for (const text of texts) {
    for (let position = 0; position <= text.length; position++) {
      regex.lastIndex = position;
      const expected = regex.test(text) ? regex.lastIndex : -1;
      expect(quick(text, position), `${source} on ${JSON.stringify(text)} at ${position}`).toBe(expected);
    }
  }
}

describe('quick matcher, construct by construct', () => {
  const cases: [source: string, texts: string[]][] = [
    // The first alternative that matches wins, not the longest.
    ['(?:a|ab)', ['ab', 'b', 'aab']],
    ['(?:ab|a)c?', ['abc', 'ac', 'a']],
    // Greedy and lazy repetition, with backtracking into the repeat.
    ['a+ab', ['aaab', 'ab', 'aab']],
    ['a+?b', ['aaab', 'b']],
    ['(?:ab)+?a', ['ababa', 'aba']],
    ['x{2,3}', ['x', 'xx', 'xxxx']],
    ['x{2}y', ['xxy', 'xy', 'xxxy']],
    ['x{2,}', ['x', 'xxxxx']],
    ['(?:a|b){0,3}c', ['abac', 'ababc', 'c', 'bbbbc']],
    // An iteration that matches nothing ends the loop (RepeatMatcher's empty check).
    ['(?:a|)*b', ['aab', 'b', 'ac']],
    ['(?:a?)+b', ['aab', 'b']],
    ['(?:(?:a|)b?)*c', ['abac', 'c', 'bbc']],
    // Lookarounds: atomic, and lookbehind of unbounded length.
    ['(?=ab)a', ['ab', 'ac']],
    ['a(?!b)', ['ab', 'ac', 'a']],
    ['(?<=the\\s+)cat', ['the   cat', 'thecat', 'a cat']],
    ['(?<!no\\s)deal', ['no deal', 'a deal', 'deal']],
    ['(?<=(?:a|bc)+)d', ['abcad', 'xd', 'bcd']],
    ['(?<=\\bmy\\s(?:[a-z]+\\s)?)shop', ['my shop', 'my little shop', 'army shop', 'my big red shop']],
    // Assertions and classes.
    ['\\bcat\\b', ['cat', 'cats', 'a cat.', 'bobcat']],
    ['\\Bat', ['cat', 'at']],
    ['^ab', ['ab', 'cab']],
    ['ab$', ['ab', 'abc']],
    ['[^.!?\\n]{0,5}x', ['abc.x', 'abcx', 'ab\nx']],
    ['[\\s\\d-]+', ['1 2-3', 'a']],
    ['[a-c\\u00e0-\\u00e5]+', ['abàå', 'xyz']],
    ['\\d{1,3}\\s?%', ['10%', '100 %', '1000%']],
    ['a.c', ['abc', 'a\nc', 'a c']],
    ['\\$\\d+\\.\\d\\d', ['$10.99', '$1.9']],
    ['[\\]\\-]x', [']x', '-x', 'x']],
    ['caf\\u00e9|\\x41', ['café', 'A']],
    ['\\w+\\W', ['ab_c!', 'é!']],
    ['\\S+\\s\\D', ['ab cd', 'ab 1']],
    ['(?:a)(?:)(b)', ['ab']],
  ];
  it.each(cases)('%s', (source, texts) => {
    expectSameEverywhere(source, texts);
  });

  it('refuses what it does not read, so that the regex runs instead', () => {
    for (const source of ['(a)\\1', '(?<name>a)', '\\p{L}', 'a{', '[]', '[^]', 'a**', '(?=a)+', '\\k<x>', '(a', 'a)']) {
      expect(() => quickRegex(source), source).toThrow(QuickRegexUnsupported);
    }
  });
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters tried when a class has to produce one. */
const PROBES = [...'abcdefghijklmnopqrstuvwxyz0123456789 .,!?-\'’:;/@%$€#&()[]', '\n', '\u00a0', 'é', 'ß', 'ı', 'ä', 'ç', 'ã', 'ł', 'ş', 'ه', 'س', 'の', '店', '评', '价'];

/** A string the tree matches, most of the time (lookarounds are left to chance): random ways through it. */
function sample(tree: QuickTree, classes: readonly ClassSpec[], next: () => number, depth = 0): string {
  if (depth > 40) return '';
  if (typeof tree === 'string') return tree;
  if (typeof tree === 'number') {
    const id = tree < 0 ? -1 - tree : tree;
    const spec = classes[id] as ClassSpec;
    const test = specTest(spec);
    // The probes it holds, else the ends of its own ranges.
    let members = PROBES.filter((c) => test(c.charCodeAt(0)));
    if (members.length === 0) members = spec.slice(2).map((code) => String.fromCharCode(code as number)).filter((c) => test(c.charCodeAt(0)));
    const one = () => members[Math.floor(next() * members.length)] ?? '';
    return tree < 0 ? one() + (next() < 0.3 ? one() : '') : one();
  }
  switch (tree[0]) {
    case 0:
      return tree.slice(1).map((item) => sample(item as QuickTree, classes, next, depth + 1)).join('');
    case 1:
      return sample(tree[1 + Math.floor(next() * (tree.length - 1))] as QuickTree, classes, next, depth + 1);
    case 2: {
      const [, node, min, max] = tree;
      const count = min + Math.floor(next() * ((max < 0 ? min + 3 : Math.min(max, min + 3)) - min + 1));
      let out = '';
      for (let k = 0; k < count; k++) out += sample(node, classes, next, depth + 1);
      return out;
    }
    default:
      return '';
  }
}

/** Near misses: the sample cut short, with one character changed, doubled or dropped, and inside other words. */
function variants(text: string, next: () => number): string[] {
  const at = Math.floor(next() * Math.max(1, text.length));
  return [
    text,
    `so ${text} ok`,
    `${text}s and more`,
    text.slice(0, Math.max(0, text.length - 2)),
    text.slice(0, at) + 'x' + text.slice(at + 1),
    text.slice(0, at) + text.slice(at, at + 1).repeat(2) + text.slice(at + 1),
    text.slice(0, at) + text.slice(at + 1),
    text.toUpperCase().toLowerCase().replace(/ /g, '  '),
  ];
}

describe('quick matcher, on every phrase of every language', () => {
  it.each(ALL_PHRASE_BOOKS.map((book) => book.language))('%s: the pack\'s parsed phrases end where their regexes do', (language) => {
    const book = ALL_PHRASE_BOOKS.find((b) => b.language === language)!;
    const pack = JSON.parse(JSON.stringify(buildPack(book))) as { classes: ClassSpec[]; index: Record<'phrases' | 'courtesy', StoredIndex> };
    const trees: (string | null)[] = [];
    const phrases: string[] = [];
    for (const family of ['phrases', 'courtesy'] as const) {
      indexedLists(book, family).forEach((patterns, list) => {
        patterns.forEach((entry, n) => {
          phrases.push(typeof entry === 'string' ? entry : entry.pattern);
          trees.push(pack.index[family].trees[list]![n]!);
        });
      });
    }
    expect(phrases.length).toBeGreaterThan(100);
    const next = random(language.charCodeAt(0) * 31 + language.charCodeAt(1));
    const unread: string[] = [];
    phrases.forEach((pattern, p) => {
      const source = toRegexSource(pattern);
      const sticky = book.wordBoundaries ? `(?:${source})(?!${WORD_CHAR})` : source;
      const tree = trees[p];
      if (tree === null) {
        // Literal phrases (words and spaces) are compared without a regex and need no tree.
        if (/[\\[\](){}?*+|.^$…]/.test(pattern)) unread.push(pattern);
        return;
      }
      const quick = quickMatcher(JSON.parse(tree as string) as QuickTree, pack.classes);
      const made = sample(JSON.parse(tree as string) as QuickTree, pack.classes, next);
      for (const text of variants(made, next)) {
        for (let position = 0; position <= Math.min(text.length, 12); position++) {
          expect(quick(text, position), `${pattern} on ${JSON.stringify(text)} at ${position}`).toBe(regexEnd(sticky, text, position));
        }
      }
    });
    expect(unread).toEqual([]);
  }, 60_000);

  it('every class of every pack holds exactly the characters its regex matches', () => {
    const sources = new Set<string>(['.', '\\s', '\\S', '\\d', '\\w', '[^.!?\\n]', '[\\]\\-]', '[\\s\\d-]']);
    for (const book of ALL_PHRASE_BOOKS) {
      for (const family of ['phrases', 'courtesy'] as const) {
        const found: string[] = [];
        buildStoredIndex(book, family, found);
        for (const source of found) sources.add(source);
      }
    }
    expect(sources.size).toBeGreaterThan(20);
    for (const source of sources) {
      const regex = new RegExp(`^${source}$`);
      const test = specTest(JSON.parse(JSON.stringify(classSpec(source))) as ClassSpec);
      for (let c = 0; c < 0x10000; c++) {
        if (test(c) !== regex.test(String.fromCharCode(c))) expect(`${source} at ${c.toString(16)}: ${test(c)}`).toBe('the same as the regex');
      }
    }
  }, 60_000);

  it('a phrase is parsed at build time exactly as its source parses now', () => {
    const classes: string[] = [];
    const tree = parseQuick('(?:leave|write)\\s+(?:us\\s+)?a\\s+review', classes);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(classes).toEqual(['\\s']);
  });
});

// The heavy checks get their own time limits: the machine may be running browsers beside them.
describe('quick matcher, through the engine on the tuning corpus', () => {
  afterAll(() => setQuickTries(16));

  it('finds the same in every message with the quick matcher as with the regexes alone', () => {
    const entries = readCorpus()
      .filter((file) => file.part === 'tuning')
      .flatMap((file) => file.entries);
    expect(entries.length).toBeGreaterThan(2000);
    const findingsOf = (tries: number) => {
      setQuickTries(tries);
      // Paragraphs met before would be answered from memory, not searched again.
      forgetParagraphs();
      return entries.map((entry) => JSON.stringify(lint({ body: entry.body, ...(entry.subject ? { subject: entry.subject } : {}) })));
    };
    const quick = findingsOf(Infinity);
    const regexes = findingsOf(0);
    let differing = 0;
    quick.forEach((found, i) => {
      if (found !== regexes[i]) differing++;
      expect(found, entries[i]!.id).toBe(regexes[i]);
    });
    expect(differing).toBe(0);
  }, 120_000);
});
