// The executable's main hands the program's top-level code and its KilnProgram (source path and
// text, string literal table, functions' source ranges) to kiln_main.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK: {{^}}@kiln.function_sources = private constant [1 x { ptr, i32, i32 }] [{ ptr, i32, i32 } { ptr @kiln_js_1, i32 {{[0-9]+}}, i32 {{[0-9]+}} }]
// "// T" in little-endian bytes is 1411395375:
// CHECK: {{^}}@kiln.source = private constant [{{[0-9]+}} x i32] [i32 1411395375,
// CHECK: {{^}}@kiln.source_path = private constant [{{[0-9]+}} x i8] c"{{.*}}main-enters-the-runtime.js\00"
// CHECK: {{^}}@kiln.program = private constant { ptr, ptr, i64, ptr, i32, i32, ptr } { ptr @kiln.source_path, ptr @kiln.source, i64 {{[0-9]+}}, ptr @kiln.literals, i32 {{[0-9]+}}, i32 1, ptr @kiln.function_sources }
// CHECK-LABEL: {{^}}define i32 @main(i32 %0, ptr %1)
// CHECK-NEXT: {{^}}entry:
// CHECK-NEXT: {{^}}  %[[S:[0-9]+]] = call i32 @kiln_main(i32 %0, ptr %1, ptr @kiln_js_0, ptr @kiln.program)
// CHECK-NEXT: {{^}}  ret i32 %[[S]]
function greet() {}
console.log("hello", greet);
