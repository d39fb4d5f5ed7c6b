import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { eagerCompile, eagerCompilePlugin, moduleStarts, type Parse } from '../../lib/eager-compile';

const parse = parseAst as Parse;

/** Runs a script's statements and returns what `result` holds at the end. */
function run(code: string): unknown {
  return new Function(`${code}\n;return result;`)();
}

describe('eager compilation of the background', () => {
  it('turns each top-level function declaration into a parenthesised expression, first in the body', () => {
    const code = 'const a=1;function double(x){return 2*x}let b=double(a);function half(y){return y/2}';
    const { code: out, functions } = eagerCompile(code, parse);
    expect(functions).toBe(2);
    expect(out).toBe('var double=(function(x){return 2*x});var half=(function(y){return y/2});const a=1;let b=double(a);');
  });

  it('keeps hoisting: a function called above the line it was declared on still works', () => {
    const code = 'var result=[twice(3),typeof later];function twice(n){return helper(n)*2}function helper(n){return n+1}function later(){}';
    const { code: out } = eagerCompile(code, parse);
    expect(out).not.toMatch(/(^|[;{}])function /);
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([8, 'function']);
  });

  it("keeps each function's name, its recursion and its closures", () => {
    const code =
      'let counter=0;function next(){return ++counter}function fact(n){return n<2?1:n*fact(n-1)}' +
      'var result=[next.name,fact.name,fact(5),next(),next(),fact.length];';
    const { code: out } = eagerCompile(code, parse);
    expect(run(out)).toEqual(['next', 'fact', 120, 1, 2, 1]);
  });

  it('works inside the one function that wraps a script, as WXT builds the background', () => {
    const code = 'var background=(function(){"use strict";var x=start();function start(){return inner()}function inner(){function nested(){return 7}return nested()}return x})();var result=background;';
    // Two statements at the top: the body is the script's own, and nothing there is a declaration.
    expect(eagerCompile(code, parse).functions).toBe(0);
    const wrapped = 'var background=(function(){"use strict";var x=start();function start(){return inner()}function inner(){function nested(){return 7}return nested()}return x})();';
    const { code: out, functions } = eagerCompile(wrapped, parse);
    expect(functions).toBe(2);
    // After the prologue, which must stay first to keep the function strict.
    expect(out.startsWith('var background=(function(){"use strict";var start=(function(){return inner()});var inner=(function(){function nested(){return 7}return nested()});')).toBe(true);
    // Nested functions are left to V8's own choice.
    expect(out).toContain('function nested(){return 7}');
    expect(run(`${out};var result=background;`)).toBe(7);
  });

  it('leaves async functions and generators as they are', () => {
    const code = 'async function load(){return 1}function* ids(){yield 1}function plain(){return 2}var result=[typeof load,typeof ids,plain()];';
    const { code: out, functions } = eagerCompile(code, parse);
    expect(functions).toBe(1);
    expect(out).toContain('async function load(){return 1}');
    expect(out).toContain('function* ids(){yield 1}');
    expect(run(out)).toEqual(['function', 'function', 2]);
  });

  it('keeps text in other scripts and odd characters where it was', () => {
    const code = 'const label="日本語 — «ok» 🙂";function show(){return label}var result=show();';
    const { code: out } = eagerCompile(code, parse);
    expect(run(out)).toBe('日本語 — «ok» 🙂');
  });

  it('returns a chunk without declarations unchanged', () => {
    const code = 'export const x=()=>1;';
    expect(eagerCompile(code, parse)).toEqual({ code, functions: 0 });
  });

  it('refuses code that does not parse rather than guess', () => {
    expect(() => eagerCompile('function broken({', parse)).toThrow();
  });

  describe('only for the modules asked for', () => {
    // As Rolldown renders a chunk before minifying it: a comment with each module's path above its code.
    const chunk = [
      'var background = (function() {',
      '// lib/storage/settings.ts',
      'function loadSettings() { return helper(); }',
      'function helper() { return 1; }',
      '// lib/rules/engine.ts',
      'function lint(text) { return check(text) + loadSettings(); }',
      '// lib/rules/scan.ts',
      'function check(text) { return text.length; }',
      'return lint("abc");',
      '})();',
    ].join('\n');
    const engineOnly = (path: string) => path.startsWith('lib/rules/');

    it('finds where each module starts', () => {
      expect(moduleStarts(chunk).map(([, path]) => path)).toEqual(['lib/storage/settings.ts', 'lib/rules/engine.ts', 'lib/rules/scan.ts']);
    });

    it("turns the engine's functions and leaves the others", () => {
      const { code, functions } = eagerCompile(chunk, parse, engineOnly);
      expect(functions).toBe(2);
      expect(code).toContain('var lint=(function(text) { return check(text) + loadSettings(); });');
      expect(code).toContain('var check=(function(text) { return text.length; });');
      expect(code).toContain('function loadSettings() { return helper(); }');
      expect(code).toContain('function helper() { return 1; }');
      expect(new Function(`return ${code.replace(/^var background = /, '').replace(/;$/, '')}`)()).toBe(4);
    });

    it('as a plugin: only in the chunk named, and failing the build when it finds nothing to do', () => {
      const plugin = eagerCompilePlugin({ fileName: 'background.js', modules: engineOnly, parse });
      expect(plugin.renderChunk(chunk, { fileName: 'popup.js' })).toBeNull();
      expect(plugin.renderChunk(chunk, { fileName: 'background.js' })?.code).toContain('var lint=(function');
      expect(() => plugin.renderChunk('var x = (function() { function f() {} })();', { fileName: 'background.js' })).toThrow(/no function of the engine/);
    });
  });
});
