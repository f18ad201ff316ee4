// The example program examples/markdown.js compiles and prints exactly what node prints.
// RUN: %runcompare %S/../../../examples/markdown.js
// RUN: %runcompare -O0 %S/../../../examples/markdown.js
