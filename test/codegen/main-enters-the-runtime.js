// The executable's main hands the program's top-level code, its source path and the table of its
// string literals (static String cells) to kiln_main.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK: @kiln.cstr{{.*}} = private unnamed_addr constant [{{[0-9]+}} x i8] c"{{.*}}main-enters-the-runtime.js\00"
// CHECK-LABEL: define i32 @main(i32 %0, ptr %1)
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[S:[0-9]+]] = call i32 @kiln_main(i32 %0, ptr %1, ptr @kiln_js_0, ptr @kiln.cstr{{.*}}, ptr @kiln.literals, i32 {{[0-9]+}})
// CHECK-NEXT: ret i32 %[[S]]
console.log("hello");
