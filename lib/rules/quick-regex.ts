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

const SEQUENCE = 0;
const ALTERNATION = 1;
const REPEAT = 2;
const LOOK = 3;
const START = 4;
const END = 5;
const BOUNDARY = 6;
const INSIDE_WORD = 7;

/** Where the match ends, or -1. */
type Step = (i: number) => number;
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
/** "." without the s flag: anything but a line terminator. */
const isNotLineEnd: CharTest = (c) => c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;

const CLASS_ESCAPES: Readonly<Record<string, CharTest>> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  s: isSpaceCode,
  S: (c) => !isSpaceCode(c),
  w: isWordAscii,
  W: (c) => !isWordAscii(c),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return s.length > 0;
}

/** A character escape at `at` (the backslash): its code and where it ends. */
function characterEscape(src: string, at: number): [code: number, end: number] {
  const e = src[at + 1];
  if (e === undefined) throw new QuickRegexUnsupported('trailing backslash');
  const control = CONTROL_ESCAPES[e];
  if (control !== undefined) return [control, at + 2];
  if (e === '0' && !isDigit(src.charCodeAt(at + 2))) return [0, at + 2];
  if (e === 'x' || e === 'u') {
    const n = e === 'x' ? 2 : 4;
    const digits = src.slice(at + 2, at + 2 + n);
    if (digits.length !== n || !isHex(digits)) throw new QuickRegexUnsupported('escape');
    return [parseInt(digits, 16), at + 2 + n];
  }
  // Letters and digits escape to something else (a backreference, \p, \c, \k...): not handled.
  if (isWordAscii(e.charCodeAt(0))) throw new QuickRegexUnsupported(`escape \\${e}`);
  return [e.charCodeAt(0), at + 2];
}

/** Classes with more ranges than this are looked up in a table of the whole BMP. */
const TABLE_RANGES = 6;
/** Class tests by their source: the letter class of compile.ts recurs in most phrases. */
const CLASS_TESTS = new Map<string, CharTest>();

/** The test of a class by its source ("[a-z\u00e0]", "[^.!?]", "\\s", "."). */
export function classTest(source: string): CharTest {
  let test = CLASS_TESTS.get(source);
  if (!test) {
    test = buildClassTest(source);
    CLASS_TESTS.set(source, test);
  }
  return test;
}

function buildClassTest(src: string): CharTest {
  if (src === '.') return isNotLineEnd;
  if (src.length === 2 && src[0] === '\\') {
    const escape = CLASS_ESCAPES[src[1] as string];
    if (escape) return escape;
  }
  if (src[0] !== '[' || src[src.length - 1] !== ']') throw new QuickRegexUnsupported(`class ${src}`);
  const close = src.length - 1;
  let i = 1;
  let negate = false;
  if (src[i] === '^') {
    negate = true;
    i++;
  }
  if (i >= close) throw new QuickRegexUnsupported('empty class');
  const ranges: number[] = [];
  const escapes: CharTest[] = [];
  /** One character of the class (its code), or -1 for a class escape (added to `escapes`). */
  const atom = (): number => {
    const c = src[i] as string;
    if (c !== '\\') {
      i++;
      return c.charCodeAt(0);
    }
    const e = src[i + 1] as string;
    const escape = CLASS_ESCAPES[e];
    if (escape) {
      i += 2;
      escapes.push(escape);
      return -1;
    }
    if (e === 'b' || e === '-') {
      i += 2;
      return e === 'b' ? 8 : 45; // inside a class, \b is a backspace
    }
    const [code, end] = characterEscape(src, i);
    i = end;
    return code;
  };
  while (i < close) {
    const from = atom();
    if (src[i] === '-' && i + 1 < close) {
      i++;
      const to = atom();
      if (from < 0 || to < 0 || to < from) throw new QuickRegexUnsupported('class range');
      ranges.push(from, to);
    } else if (from >= 0) ranges.push(from, from);
  }
  let inRanges: CharTest;
  if (ranges.length / 2 > TABLE_RANGES) {
    const table = new Uint8Array(0x10000);
    for (let r = 0; r < ranges.length; r += 2) table.fill(1, ranges[r] as number, (ranges[r + 1] as number) + 1);
    inRanges = (c) => table[c] === 1;
  } else {
    const list = Int32Array.from(ranges);
    inRanges = (c) => {
      for (let r = 0; r < list.length; r += 2) if (c >= (list[r] as number) && c <= (list[r + 1] as number)) return true;
      return false;
    };
  }
  const member: CharTest =
    escapes.length === 0
      ? inRanges
      : (c) => {
          if (inRanges(c)) return true;
          for (const escape of escapes) if (escape(c)) return true;
          return false;
        };
  return negate ? (c) => !member(c) : member;
}

/** Regex source (no flags) to a tree; the classes it meets are added to `classes`. */
class Parser {
  private i = 0;
  private readonly src: string;
  private readonly classes: string[];
  constructor(src: string, classes: string[]) {
    this.src = src;
    this.classes = classes;
  }

  parse(): QuickTree {
    const tree = this.disjunction();
    if (this.i < this.src.length) throw new QuickRegexUnsupported(`unexpected ${this.src[this.i]}`);
    return tree;
  }

  private disjunction(): QuickTree {
    const alternatives = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    return alternatives.length === 1 ? (alternatives[0] as QuickTree) : [ALTERNATION, ...alternatives];
  }

  private alternative(): QuickTree {
    const items: QuickTree[] = [];
    const src = this.src;
    while (this.i < src.length) {
      const c = src[this.i];
      if (c === '|' || c === ')') break;
      const term = this.quantified(this.term());
      const last = items[items.length - 1];
      // Characters in a row are one text.
      if (typeof term === 'string' && typeof last === 'string') items[items.length - 1] = last + term;
      else items.push(term);
    }
    if (items.length === 0) return '';
    return items.length === 1 ? (items[0] as QuickTree) : [SEQUENCE, ...items];
  }

  private classRef(source: string): number {
    let id = this.classes.indexOf(source);
    if (id < 0) id = this.classes.push(source) - 1;
    return id;
  }

  /** An atom or an assertion; a single character is a one-character string. */
  private term(): QuickTree {
    const src = this.src;
    const c = src[this.i] as string;
    switch (c) {
      case '^':
        this.i++;
        return [START];
      case '$':
        this.i++;
        return [END];
      case '.':
        this.i++;
        return this.classRef('.');
      case '(':
        return this.group();
      case '[': {
        const close = this.classEnd();
        const source = src.slice(this.i, close + 1);
        classTest(source); // fails here, at parse time, on a class it cannot read
        this.i = close + 1;
        return this.classRef(source);
      }
      case '\\': {
        const e = src[this.i + 1];
        if (e === 'b' || e === 'B') {
          this.i += 2;
          return [e === 'b' ? BOUNDARY : INSIDE_WORD];
        }
        if (e !== undefined && CLASS_ESCAPES[e]) {
          this.i += 2;
          return this.classRef(`\\${e}`);
        }
        const [code, end] = characterEscape(src, this.i);
        this.i = end;
        return String.fromCharCode(code);
      }
      case '*':
      case '+':
      case '?':
      case '{':
        throw new QuickRegexUnsupported(`nothing to repeat at ${this.i}`);
      default:
        this.i++;
        return c;
    }
  }

  /** Where the class opened at this.i closes: the first "]" not escaped. */
  private classEnd(): number {
    const src = this.src;
    let from = this.i + (src[this.i + 1] === '^' ? 2 : 1);
    for (;;) {
      const close = src.indexOf(']', from);
      // "[]" and "[^]" are legal and special; not worth handling.
      if (close < 0 || close === from) throw new QuickRegexUnsupported('class');
      let backslashes = 0;
      for (let k = close - 1; src[k] === '\\'; k--) backslashes++;
      if (backslashes % 2 === 0) return close;
      from = close + 1;
    }
  }

  private group(): QuickTree {
    const src = this.src;
    this.i++; // (
    let look: [0 | 1, 0 | 1] | undefined;
    if (src[this.i] === '?') {
      const next = src[this.i + 1];
      if (next === ':') this.i += 2;
      else if (next === '=' || next === '!') {
        look = [0, next === '!' ? 1 : 0];
        this.i += 2;
      } else if (next === '<' && (src[this.i + 2] === '=' || src[this.i + 2] === '!')) {
        look = [1, src[this.i + 2] === '!' ? 1 : 0];
        this.i += 3;
      } else throw new QuickRegexUnsupported('group kind');
    }
    const tree = this.disjunction();
    if (src[this.i] !== ')') throw new QuickRegexUnsupported('unclosed group');
    this.i++;
    // A group is not a text: "(?:ab)+" repeats both characters, and they must not join their neighbours.
    if (look) return [LOOK, tree, look[0], look[1]];
    return typeof tree === 'string' && tree.length !== 1 ? [SEQUENCE, tree] : tree;
  }

  private quantified(atom: QuickTree): QuickTree {
    const src = this.src;
    const c = src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, -1];
    else if (c === '+') [min, max] = [1, -1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i, this.i + 12));
      if (!m) throw new QuickRegexUnsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
      if (max >= 0 && max < min) throw new QuickRegexUnsupported('range');
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    let greedy: 0 | 1 = 1;
    if (src[this.i] === '?') {
      greedy = 0;
      this.i++;
    }
    if (Array.isArray(atom) && atom[0] >= LOOK) throw new QuickRegexUnsupported('quantified assertion');
    if (typeof atom === 'number' && min === 1 && max === -1 && greedy === 1) return -1 - atom;
    return [REPEAT, atom, min, max, greedy];
  }
}

/** Parses regex source (no flags) for quickMatcher; throws QuickRegexUnsupported for what it cannot read. */
export function parseQuick(source: string, classes: string[]): QuickTree {
  return new Parser(source, classes).parse();
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
    const n = tree.length;
    if (backward) return i >= n && input.startsWith(tree, i - n) ? next(i - n) : -1;
    return input.startsWith(tree, i) ? next(i + n) : -1;
  }
  if (typeof tree === 'number') {
    if (tree < 0) return repeatChar(-1 - tree, 1, Infinity, true, i, backward, next);
    const test = classTests[tree] as CharTest;
    if (backward) return i > 0 && test(input.charCodeAt(i - 1)) ? next(i - 1) : -1;
    return i < input.length && test(input.charCodeAt(i)) ? next(i + 1) : -1;
  }
  switch (tree[0]) {
    case SEQUENCE:
      return sequence(tree, backward ? tree.length - 1 : 1, i, backward, next);
    case ALTERNATION:
      for (let k = 1; k < tree.length; k++) {
        const end = match(tree[k] as QuickTree, i, backward, next);
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

/** Items k onwards of a sequence (backwards: k down to 1). */
function sequence(tree: readonly unknown[], k: number, i: number, backward: boolean, next: Next): number {
  if (backward ? k < 1 : k >= tree.length) return next(i);
  return match(tree[k] as QuickTree, i, backward, (j) => sequence(tree, backward ? k - 1 : k + 1, j, backward, next));
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
const TABLE_TESTS = new WeakMap<readonly string[], readonly CharTest[]>();

/** A parsed tree, with the sources of the classes it refers to, as a matcher. */
export function quickMatcher(tree: QuickTree, classes: readonly string[]): QuickMatcher {
  let tests = TABLE_TESTS.get(classes);
  if (!tests) {
    // Built on first use of each class: a table names classes that most texts never need.
    const built: CharTest[] = classes.map((source) => {
      let test: CharTest | undefined;
      return (c: number) => (test ??= classTest(source))(c);
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

/** Parses regex source (no flags) and makes its matcher (for phrases whose tree was not worked out at build time). */
export function quickRegex(source: string): QuickMatcher {
  const classes: string[] = [];
  return quickMatcher(parseQuick(source, classes), classes);
}
