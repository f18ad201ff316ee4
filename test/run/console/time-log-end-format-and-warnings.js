// console.time/timeLog/timeEnd: `label: <duration>ms` on stdout (extra timeLog arguments after it,
// inside groups indented), and node's warnings on stderr for a missing or repeated label, printed
// after the program's own output, the first with node's hint line. The durations vary, so kiln's
// and node's output are both matched against the same patterns.
// RUN: %kiln build %s -o %t && %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: %node %s > %t.node.out 2> %t.node.err
// RUN: FileCheck %s --check-prefix=OUT < %t.node.out
// RUN: FileCheck %s --check-prefix=ERR < %t.node.err

console.time();
console.timeLog();
console.timeLog(undefined, 'extra', { a: 1 }, 2);
console.timeEnd();
console.timeEnd();
console.time('x');
console.time('x');
console.group('grouped');
console.timeLog('x', 'inside');
console.groupEnd();
console.time(42);
console.timeEnd('42');
console.timeLog('nothing');
console.timeEnd({ toString: () => 'x' });
console.countReset('never-counted');
console.count(7);
console.countReset(7);
console.count('s');
console.countReset('s');
console.count('s');
try {
  console.time(Symbol('s'));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(console.time.length, console.timeLog.length, console.timeEnd.length, console.time.name, console.timeEnd.name);
console.log('end of program');

// OUT:      {{^}}default: {{[0-9]+(\.[0-9]+)?}}ms{{$}}
// OUT-NEXT: {{^}}default: {{[0-9]+(\.[0-9]+)?}}ms extra { a: 1 } 2{{$}}
// OUT-NEXT: {{^}}default: {{[0-9]+(\.[0-9]+)?}}ms{{$}}
// OUT-NEXT: {{^}}grouped{{$}}
// OUT-NEXT: {{^}}  x: {{[0-9]+(\.[0-9]+)?}}ms inside{{$}}
// OUT-NEXT: {{^}}42: {{[0-9]+(\.[0-9]+)?}}ms{{$}}
// OUT-NEXT: {{^}}x: {{[0-9]+(\.[0-9]+)?}}ms{{$}}
// OUT-NEXT: {{^}}7: 1{{$}}
// OUT-NEXT: {{^}}s: 1{{$}}
// OUT-NEXT: {{^}}s: 1{{$}}
// OUT-NEXT: {{^}}TypeError: Cannot convert a Symbol value to a string{{$}}
// OUT-NEXT: {{^}}0 0 0 time timeEnd{{$}}
// OUT-NEXT: {{^}}end of program{{$}}
// OUT-NOT: {{.}}

// ERR:      {{^}}(node:{{[0-9]+}}) Warning: No such label 'default' for console.timeEnd(){{$}}
// ERR-NEXT: {{^}}(Use `node --trace-warnings ...` to show where the warning was created){{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Warning: Label 'x' already exists for console.time(){{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Warning: No such label 'nothing' for console.timeLog(){{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Warning: Count for 'never-counted' does not exist{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Warning: Count for '7' does not exist{{$}}
// ERR-NOT: {{.}}
