// String literals are static data: a flat String cell per distinct literal in writable data
// ({ kind 0 = String, bits 1 = Latin-1, spare, hash, length, chars, left, right }), its characters
// as Latin-1 bytes or UTF-16 code units, and a literal used as a value is the cell's address.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK-DAG: @[[ASCII:kiln\.str[.0-9]*]] = internal global { i8, i8, i16, i32, i32, ptr, ptr, ptr } { i8 0, i8 1, i16 0, i32 0, i32 5, ptr @[[ASCIICHARS:kiln\.chars[.0-9]*]], ptr null, ptr null }, align 8
// CHECK-DAG: @[[ASCIICHARS]] = private unnamed_addr constant [6 x i8] c"hello\00"
// CHECK-DAG: @[[WIDE:kiln\.str[.0-9]*]] = internal global { i8, i8, i16, i32, i32, ptr, ptr, ptr } { i8 0, i8 0, i16 0, i32 0, i32 3, ptr @[[WIDECHARS:kiln\.chars[.0-9]*]], ptr null, ptr null }, align 8
// CHECK-DAG: @[[WIDECHARS]] = private unnamed_addr constant [3 x i16] [i16 8364, i16 -10179, i16 -8704]
// CHECK-DAG: @kiln.literals = private constant [{{[0-9]+}} x ptr] [{{.*}}ptr @[[ASCII]]{{.*}}]
// CHECK: store i64 ptrtoint (ptr @[[ASCII]] to i64)
// CHECK: call i64 @kiln_call_named_rjs(
console.log('hello', '€😀');
