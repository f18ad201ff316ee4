// An error's stack lists the JavaScript frames where the error was created, as V8 prints them:
// function names, `new C` for constructors, `Type.method` for method calls, `Object.<anonymous>`
// for the module's top level, bare positions for anonymous functions, and native built-ins as
// `Array.map (<anonymous>)`. node adds its own module-loader frames below the program's, so only
// the frames in this file are compared.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
const here = new Error().stack.split('\n')[1];  // at Object.<anonymous> (FILE:8:14)
const file = here.slice(here.indexOf('(') + 1, here.indexOf('.js:') + 3);
function frames(error) {
  return error.stack.split('\n').filter((line, n) => n === 0 || line.includes(file) || line.includes('<anonymous>)'))
    .map((line) => line.replace(file, 'FILE')).join('\n');
}
function inner(x) { return new Error('boom ' + x); }
function outer() { return inner(1); }
console.log(frames(outer()));

class Shape {
  constructor(kind) { this.kind = kind; this.made = new Error('constructed'); }
  static create() { return new Shape('static'); }
  area() { return new RangeError('area of ' + this.kind); }
}
const s = Shape.create();
console.log(frames(s.made));
console.log(frames(s.area()));

const o = { method() { return new TypeError('in method'); } };
console.log(frames(o.method()));
const arrow = () => new Error('arrow');
console.log(frames(arrow()));
console.log(frames((function () { return new Error('anonymous'); })()));
console.log(frames([1].map(function mapper() { return new Error('callback'); })[0]));
JSON.parse('[1]', function (key) { if (key === '0') console.log(frames(new Error('reviver'))); });

function Legacy() { this.e = new Error('legacy'); }
console.log(frames(new Legacy().e));

class AppError extends Error {
  constructor(message) { super(message); this.name = 'AppError'; }
}
function fail() { throw new AppError('subclass'); }
try { fail(); } catch (e) { console.log(frames(e)); }

function nullRead(v) { return v.field; }
try { nullRead(null); } catch (e) { console.log(frames(e)); }
function callNothing(v) { v(); }
try { callNothing(5); } catch (e) { console.log(frames(e)); }

function recurse(n) { return n ? recurse(n - 1) : new Error('deep'); }
console.log(recurse(30).stack.split('\n').length - 1);
Error.stackTraceLimit = 3;
console.log(recurse(30).stack.split('\n').length - 1);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(recurse(30).stack));
Error.stackTraceLimit = 10;

const target = {};
function capture() { Error.captureStackTrace(target); }
capture();
console.log(frames(target).replace('Error\n', 'Error (captured)\n'));
function hidden() { const t = {}; Error.captureStackTrace(t, hidden); return t; }
function visible() { return hidden(); }
console.log(frames(visible()));
const e = new Error('assigned');
e.stack = 'replaced';
console.log(e.stack);
