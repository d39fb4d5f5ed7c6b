/**
 * A small backtracking matcher for the regular expressions phrase data compiles to (compile.ts
 * toRegexSource), for the first tries of a phrase after a cold start.
 *
 * Why: V8 compiles a regex on its first run, about a tenth of a millisecond for a phrase's, and
 * the first check of a message tries a hundred phrases at a few places each. Most of those tries
 * fail at the first or second word, and most phrases are tried only a few times per message. This
 * matcher reads the same source, has no compile step worth the name, and answers exactly as the
 * regex would (sticky, no flags: the text is lower-cased, classes are BMP ranges); a phrase moves
 * to its real regex once it has been tried often (compile.ts), so typing and pasted megabytes run
 * at V8's speed.
 *
 * Supported: alternation, groups (capturing ones count as plain groups: only the match's end is
 * asked for), greedy and lazy quantifiers, classes with ranges and \d \s \w, the escapes \d \D \s
 * \S \w \W \b \B \t \n \v \f \r \0 \xHH \uHHHH and escaped symbols, ".", "^", "$", lookahead and
 * lookbehind. Anything else (backreferences, named groups, a stray "{") makes parsing throw
 * QuickRegexUnsupported, and the caller uses the real regex.
 */

export class QuickRegexUnsupported extends Error {}


/**
 * A parsed source, as JSON (the language packs carry each phrase's, parsed at build time):
 * a string is that text; a number n >= 0 is a character class, by its place in the class table
 * that came with it (its sources: "[a-z]", "\\s", "."), and -1 - n is one or more of that class
 * (the "\\s+" between words, so common that it gets this short form); an array is an operator
 * and its operands:
 *   [0, ...items]                  a sequence
 *   [1, ...alternatives]           an alternation
 *   [2, node, min, max, greedy]    a repetition (max -1: unbounded; greedy 1 or 0)
 *   [3, node, behind, negate]      a lookaround (1 or 0 each)
 *   [4] start, [5] end, [6] \b, [7] \B
 */
export type QuickTree = string | number | QuickOperation;
type QuickOperation =
  | readonly [0, ...QuickTree[]]
  | readonly [1, ...QuickTree[]]
  | readonly [2, QuickTree, number, number, 0 | 1]
  | readonly [3, QuickTree, 0 | 1, 0 | 1]
  | readonly [4]
  | readonly [5]
  | readonly [6]
  | readonly [7];

export const SEQUENCE = 0;
export const ALTERNATION = 1;
export const REPEAT = 2;
export const LOOK = 3;
export const START = 4;
export const END = 5;
export const BOUNDARY = 6;
export const INSIDE_WORD = 7;

type CharTest = (c: number) => boolean;

// The text being matched: one match runs at a time, and nothing in it calls out.
let input = '';

/** JavaScript's \s without the u flag. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const isDigit: CharTest = (c) => c >= 48 && c <= 57;
/** \w without the u and i flags: ASCII letters, digits and the underscore. */
const isWordAscii: CharTest = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export const CLASS_ESCAPES: Readonly<Record<string, CharTest>> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  s: isSpaceCode,
  S: (c) => !isSpaceCode(c),
  w: isWordAscii,
  W: (c) => !isWordAscii(c),
};
/**
 * A character class as the packs carry it, parsed at build time (quick-regex-parse.ts):
 * [negate (1 or 0), the class escapes it holds ("d", "s", "w", their capitals), then its ranges
 * as from, to, from, to... sorted and merged, so that at most one range can hold a character].
 */
export type ClassSpec = readonly [negate: 0 | 1, escapes: string, ...ranges: number[]];

/** Classes with more ranges than this are searched by halves (the letter class has twenty). */
const LINEAR_RANGES = 6;

/**
 * A class's test, from its spec: no table of the whole BMP, whose 64 KB a cold start would
 * allocate and fill for each of a language's few dozen classes, and no parsing.
 */
export function specTest(spec: ClassSpec): CharTest {
  if (spec.length === 2 && spec[1].length === 1 && spec[0] === 0) {
    const escape = CLASS_ESCAPES[spec[1]];
    if (escape) return escape;
  }
  const n = (spec.length - 2) / 2;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    from[r] = spec[2 + 2 * r] as number;
    to[r] = spec[3 + 2 * r] as number;
  }
  const inRanges: CharTest =
    n <= LINEAR_RANGES
      ? (c) => {
          for (let r = 0; r < n; r++) if (c >= (from[r] as number) && c <= (to[r] as number)) return true;
          return false;
        }
      : (c) => {
          // The last range starting at or before c.
          if (c < (from[0] as number)) return false;
          let lo = 0;
          let hi = n - 1;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((from[mid] as number) <= c) lo = mid;
            else hi = mid - 1;
          }
          return c <= (to[lo] as number);
        };
  const escapes: CharTest[] = [];
  for (const letter of spec[1]) {
    const escape = CLASS_ESCAPES[letter];
    if (!escape) throw new QuickRegexUnsupported(`class escape ${letter}`);
    escapes.push(escape);
  }
  const member: CharTest =
    escapes.length === 0
      ? inRanges
      : (c) => {
          if (inRanges(c)) return true;
          for (const escape of escapes) if (escape(c)) return true;
          return false;
        };
  return spec[0] === 1 ? (c) => !member(c) : member;
}

function isWordAt(i: number): boolean {
  return i >= 0 && i < input.length && isWordAscii(input.charCodeAt(i));
}

/*
 * The tree is walked as it is, no compile step: a cold start runs one shared, quickly warm walker
 * instead of building closures for every phrase it tries. `next` carries on after a node.
 */
type Next = (i: number) => number;
const accept: Next = (i) => i;
let classTests: readonly CharTest[] = [];

function match(tree: QuickTree, i: number, backward: boolean, next: Next): number {
  if (typeof tree === 'string') {
    const end = textAt(tree, i, backward);
    return end >= 0 ? next(end) : -1;
  }
  if (typeof tree === 'number') {
    if (tree < 0) return repeatChar(-1 - tree, 1, Infinity, true, i, backward, next);
    const end = classAt(tree, i, backward);
    return end >= 0 ? next(end) : -1;
  }
  switch (tree[0]) {
    case SEQUENCE:
      return sequence(tree, backward ? tree.length - 1 : 1, i, backward, next);
    case ALTERNATION:
      for (let k = 1; k < tree.length; k++) {
        const alternative = tree[k] as QuickTree;
        // Most alternatives are words, and most fail at once: no call for those.
        if (typeof alternative === 'string') {
          const at = textAt(alternative, i, backward);
          if (at < 0) continue;
          const end = next(at);
          if (end >= 0) return end;
          continue;
        }
        const end = match(alternative, i, backward, next);
        if (end >= 0) return end;
      }
      return -1;
    case REPEAT: {
      const [, node, min, max, greedy] = tree;
      const limit = max < 0 ? Infinity : max;
      if ((typeof node === 'number' && node >= 0) || (typeof node === 'string' && node.length === 1)) {
        return repeatChar(node, min, limit, greedy === 1, i, backward, next);
      }
      return repeat(node, min, limit, greedy === 1, i, 0, backward, next);
    }
    case LOOK: {
      // Lookarounds are atomic: once the inner part matched, nothing backtracks into it.
      const found = match(tree[1], i, tree[2] === 1, accept) >= 0;
      return found !== (tree[3] === 1) ? next(i) : -1;
    }
    case START:
      return i === 0 ? next(i) : -1;
    case END:
      return i === input.length ? next(i) : -1;
    case BOUNDARY:
      return isWordAt(i - 1) !== isWordAt(i) ? next(i) : -1;
    case INSIDE_WORD:
      return isWordAt(i - 1) === isWordAt(i) ? next(i) : -1;
    default:
      throw new QuickRegexUnsupported(`operator ${String(tree[0])}`);
  }
}

/**
 * Items k onwards of a sequence (backwards: k down to 1). A text or a single character class
 * matches one way only, so nothing backtracks into it: those items are stepped over in place,
 * without a continuation for each (a first check walks thousands of them, most failing at once).
 */
function sequence(tree: readonly unknown[], k: number, i: number, backward: boolean, next: Next): number {
  const step = backward ? -1 : 1;
  for (;;) {
    if (backward ? k < 1 : k >= tree.length) return next(i);
    const item = tree[k] as QuickTree;
    if (typeof item === 'string') i = textAt(item, i, backward);
    else if (typeof item === 'number' && item >= 0) i = classAt(item, i, backward);
    else break;
    if (i < 0) return -1;
    k += step;
  }
  return match(tree[k] as QuickTree, i, backward, (j) => sequence(tree, k + step, j, backward, next));
}

/** Where the text ends when it is at i (backwards: where it starts when it ends at i), or -1. */
function textAt(text: string, i: number, backward: boolean): number {
  const n = text.length;
  if (backward) return i >= n && input.startsWith(text, i - n) ? i - n : -1;
  return input.startsWith(text, i) ? i + n : -1;
}

/** Past the character at i (backwards: before i) when class n holds it, or -1. */
function classAt(n: number, i: number, backward: boolean): number {
  const test = classTests[n] as CharTest;
  if (backward) return i > 0 && test(input.charCodeAt(i - 1)) ? i - 1 : -1;
  return i < input.length && test(input.charCodeAt(i)) ? i + 1 : -1;
}

/** A repeated single character: count the run, then give back one at a time (or take one at a time, lazily). */
function repeatChar(node: string | number, min: number, max: number, greedy: boolean, i: number, backward: boolean, next: Next): number {
  const code = typeof node === 'string' ? node.charCodeAt(0) : -1;
  const test = typeof node === 'number' ? (classTests[node] as CharTest) : undefined;
  let n = 0;
  for (;;) {
    if (n >= max) break;
    const at = backward ? i - n - 1 : i + n;
    if (at < 0 || at >= input.length) break;
    const c = input.charCodeAt(at);
    if (test ? !test(c) : c !== code) break;
    n++;
  }
  if (n < min) return -1;
  const sign = backward ? -1 : 1;
  if (greedy) {
    for (let c = n; c >= min; c--) {
      const end = next(i + sign * c);
      if (end >= 0) return end;
    }
  } else {
    for (let c = min; c <= n; c++) {
      const end = next(i + sign * c);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/**
 * A repeated group, as the specification's RepeatMatcher: another iteration first when greedy,
 * and an iteration that matched nothing fails once the minimum is reached.
 */
function repeat(node: QuickTree, min: number, max: number, greedy: boolean, i: number, count: number, backward: boolean, next: Next): number {
  const iterate = () =>
    match(node, i, backward, (j) => (j === i && count >= min ? -1 : repeat(node, min, max, greedy, j, count + 1, backward, next)));
  if (greedy) {
    if (count < max) {
      const end = iterate();
      if (end >= 0) return end;
    }
    return count >= min ? next(i) : -1;
  }
  if (count >= min) {
    const end = next(i);
    if (end >= 0) return end;
  }
  return count < max ? iterate() : -1;
}

/** Where the match starting exactly at `position` ends, or -1 (a sticky regex's lastIndex after test()). */
export type QuickMatcher = (text: string, position: number) => number;

/** The tests of a class table, worked out once per table (a language pack has one). */
const TABLE_TESTS = new WeakMap<readonly ClassSpec[], readonly CharTest[]>();

/** A parsed tree, with the table of the classes it refers to, as a matcher. */
export function quickMatcher(tree: QuickTree, classes: readonly ClassSpec[]): QuickMatcher {
  let tests = TABLE_TESTS.get(classes);
  if (!tests) {
    // Made on first use of each class: a table names classes that most texts never need.
    const built: CharTest[] = classes.map((spec) => {
      let test: CharTest | undefined;
      return (c: number) => (test ??= specTest(spec))(c);
    });
    tests = built;
    TABLE_TESTS.set(classes, tests);
  }
  const own = tests;
  return (text, position) => {
    input = text;
    classTests = own;
    return match(tree, position, false, accept);
  };
}
