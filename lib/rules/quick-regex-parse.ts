/**
 * Build time (and the engine without packs): regex source to the tree quick-regex.ts walks. The
 * packs carry every phrase's tree (packs-build.ts), so the extension's background never parses.
 */
import {
  ALTERNATION,
  BOUNDARY,
  CLASS_ESCAPES,
  END,
  INSIDE_WORD,
  LOOK,
  quickMatcher,
  QuickRegexUnsupported,
  REPEAT,
  SEQUENCE,
  START,
  type ClassSpec,
  type QuickMatcher,
  type QuickTree,
} from './quick-regex.ts';

export { QuickRegexUnsupported };

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
  if (e === '0' && !/[0-9]/.test(src[at + 2] ?? '')) return [0, at + 2];
  if (e === 'x' || e === 'u') {
    const n = e === 'x' ? 2 : 4;
    const digits = src.slice(at + 2, at + 2 + n);
    if (digits.length !== n || !isHex(digits)) throw new QuickRegexUnsupported('escape');
    return [parseInt(digits, 16), at + 2 + n];
  }
  // Letters and digits escape to something else (a backreference, \p, \c, \k...): not handled.
  if (/\w/.test(e)) throw new QuickRegexUnsupported(`escape \\${e}`);
  return [e.charCodeAt(0), at + 2];
}


/** Regex source (no flags) to a tree; the classes it meets are added to `classes`. */
/** A class's source ("[a-z\\u00e0]", "[^.!?]", "\\s", ".") as the packs carry it (ClassSpec). */
export function classSpec(src: string): ClassSpec {
  // ".": anything but a line terminator (no s flag).
  if (src === '.') return [1, '', 10, 10, 13, 13, 0x2028, 0x2029];
  if (src.length === 2 && src[0] === '\\' && CLASS_ESCAPES[src[1] as string]) return [0, src[1] as string];
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
  let escapes = '';
  /** One character of the class (its code), or -1 for a class escape (added to `escapes`). */
  const atom = (): number => {
    const c = src[i] as string;
    if (c !== '\\') {
      i++;
      return c.charCodeAt(0);
    }
    const e = src[i + 1] as string;
    if (CLASS_ESCAPES[e]) {
      i += 2;
      escapes += e;
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
  const pairs: [number, number][] = [];
  for (let r = 0; r < ranges.length; r += 2) pairs.push([ranges[r] as number, ranges[r + 1] as number]);
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [from, to] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && from <= (merged[last] as number) + 1) merged[last] = Math.max(merged[last] as number, to);
    else merged.push(from, to);
  }
  return [negate ? 1 : 0, escapes, ...merged];
}

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
        classSpec(source); // fails here, at parse time, on a class it cannot read
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


/** Parses regex source and makes its matcher in one go (the tests check the matcher against V8 this way). */
export function quickRegex(source: string): QuickMatcher {
  const classes: string[] = [];
  return quickMatcher(parseQuick(source, classes), classes.map(classSpec));
}
