// -g emits DWARF line tables: every compiled function is a DISubprogram named after the
// JavaScript function, in a DIFile for the source, and instructions carry the JS line (and the
// column of calls and property reads), so gdb and perf show the JavaScript source.
// RUN: %kiln build -g -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK: define internal i64 @kiln_js_1({{.*}}) {{.*}}!dbg ![[SP:[0-9]+]]
// CHECK: call i64 @kiln_get_named_cached_rjs({{.*}}), !dbg ![[MISSING:[0-9]+]]
// CHECK: call i64 @kiln_get_named_cached_rjs({{.*}}), !dbg ![[LOC:[0-9]+]]
// CHECK: !DIFile(filename: "debug-info-maps-code-to-js-lines.js"
// CHECK: ![[SP]] = distinct !DISubprogram(name: "inner", linkageName: "kiln_js_1"{{.*}}line: 12
// CHECK: ![[MISSING]] = !DILocation(line: 13, column: 12, scope: ![[SP]])
// CHECK: ![[LOC]] = !DILocation(line: 13, column: 20, scope: ![[SP]])
function inner(o) {
  return o.missing.field;
}
inner({ missing: { field: 1 } });
