/**
 * Build time: marks the background's functions for eager compilation.
 *
 * Why: V8 compiles a function lazily. At load it only pre-parses the function's text, and it
 * parses it again, fully, on the first call. A cold start of the service worker calls most of the
 * engine's functions once, so it pays for each of them twice. V8 compiles a function eagerly, in
 * the one parse of the script, when its literal is wrapped in parentheses (the "PIFE" heuristic,
 * https://v8.dev/blog/preparser). `npm run bench` measured a cold check 3 to 4 ms faster this way.
 *
 * What: every function declaration at the top of the chunk (or of the modules asked for) becomes
 * `var name=(function(…){…});`, moved to the top of the same body. Declarations are hoisted,
 * so a function could be called before the line it was declared on; moved to the top, it is
 * still there before any other statement runs. Async functions and generators are left as they
 * are. The chunk's "top" is its module body or, for a script wrapped in one function the way WXT
 * builds the background (`var background=(function(){…})();`), that function's body.
 */

/** The few ESTree nodes this reads (what Vite's and Rolldown's parseAst return). */
interface Node {
  type: string;
  start: number;
  end: number;
}
interface FunctionNode extends Node {
  id: (Node & { name: string }) | null;
  async: boolean;
  generator: boolean;
  params: Node[];
  body: Node & { body?: Node[] };
}
interface ProgramNode extends Node {
  body: Node[];
}

export type Parse = (code: string) => ProgramNode;

/** The statements that are the chunk's top: the module's, or those of the one function wrapping it. */
function topStatements(program: ProgramNode): Node[] {
  const [only] = program.body;
  if (program.body.length !== 1 || !only) return program.body;
  const call =
    only.type === 'VariableDeclaration'
      ? (only as Node & { declarations: { init: Node | null }[] }).declarations[0]?.init
      : only.type === 'ExpressionStatement'
        ? (only as Node & { expression: Node }).expression
        : undefined;
  if (!call || call.type !== 'CallExpression') return program.body;
  const callee = (call as Node & { callee: Node }).callee;
  if (callee.type !== 'FunctionExpression' && callee.type !== 'ArrowFunctionExpression') return program.body;
  const body = (callee as FunctionNode).body;
  return body.type === 'BlockStatement' && body.body ? body.body : program.body;
}

function isDirective(statement: Node): boolean {
  return statement.type === 'ExpressionStatement' && typeof (statement as Node & { directive?: string }).directive === 'string';
}

/**
 * Where each module's code starts in a chunk not yet minified, by the comment the bundler
 * (Rolldown) writes above it ("// lib/rules/engine.ts"): [offset, module path], in order.
 */
export function moduleStarts(code: string): [number, string][] {
  const starts: [number, string][] = [];
  for (const m of code.matchAll(/^[ \t]*\/\/ (\S+\.(?:ts|tsx|js|mjs))[ \t]*$/gm)) starts.push([m.index, m[1] as string]);
  return starts;
}

/** The module a chunk offset lies in, from moduleStarts; undefined before the first. */
function moduleAt(starts: readonly [number, string][], offset: number): string | undefined {
  let found: string | undefined;
  for (const [start, path] of starts) {
    if (start > offset) break;
    found = path;
  }
  return found;
}

/**
 * The chunk with its top-level function declarations turned into eagerly compiled expressions;
 * with `modules`, only those of the modules it accepts (by path, from the bundler's comments).
 */
export function eagerCompile(code: string, parse: Parse, modules?: (path: string) => boolean): { code: string; functions: number } {
  const statements = topStatements(parse(code));
  const starts = modules ? moduleStarts(code) : [];
  const declarations = statements.filter(
    (s): s is FunctionNode =>
      s.type === 'FunctionDeclaration' &&
      !(s as FunctionNode).async &&
      !(s as FunctionNode).generator &&
      (s as FunctionNode).id !== null &&
      (!modules || modules(moduleAt(starts, s.start) ?? '')),
  );
  if (declarations.length === 0) return { code, functions: 0 };
  // After a "use strict" prologue, which must stay first; else where the first statement starts.
  let insertAt = statements[0]?.start ?? 0;
  for (const statement of statements) {
    if (!isDirective(statement)) break;
    insertAt = statement.end;
  }
  const moved = declarations.map((fn) => {
    const name = (fn.id as Node & { name: string }).name;
    // `function name(…){…}` as `(function(…){…})`: without its own name inside, the function's
    // name still comes from the variable (name.name === "name").
    const expression = `(function${code.slice((fn.id as Node).end, fn.end)})`;
    return `var ${name}=${expression};`;
  });
  let out = '';
  let last = 0;
  const cut = (from: number, to: number, insert = ''): void => {
    out += code.slice(last, from) + insert;
    last = to;
  };
  let inserted = false;
  for (const fn of declarations) {
    if (!inserted && insertAt <= fn.start) {
      cut(insertAt, insertAt, moved.join(''));
      inserted = true;
    }
    cut(fn.start, fn.end);
  }
  out += code.slice(last);
  return { code: out, functions: declarations.length };
}

/** The plugin hook's view of a chunk (Vite's and Rolldown's alike). */
interface RenderedChunk {
  fileName: string;
}

/**
 * A Vite or Rolldown plugin that compiles eagerly the functions of the `modules` it accepts, in
 * the chunk named `fileName`, before minification (which keeps the parentheses). It fails the
 * build when it finds none: the chunk's shape has then changed and the step no longer works.
 */
export function eagerCompilePlugin(options: { fileName: string; modules: (path: string) => boolean; parse: Parse }) {
  return {
    name: 'clearsend:eager-compile',
    renderChunk(code: string, chunk: RenderedChunk): { code: string; map: null } | null {
      if (chunk.fileName !== options.fileName) return null;
      const result = eagerCompile(code, options.parse, options.modules);
      if (result.functions === 0) throw new Error(`${options.fileName}: no function of the engine found to compile eagerly; has the build changed its shape?`);
      return { code: result.code, map: null };
    },
  };
}
