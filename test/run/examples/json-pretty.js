// The example program examples/json-pretty.js compiles and prints exactly what node prints.
// RUN: %runcompare %S/../../../examples/json-pretty.js
// RUN: %runcompare -O0 %S/../../../examples/json-pretty.js
