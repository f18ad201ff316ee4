// The example program examples/wordfreq.js compiles and prints exactly what node prints.
// RUN: %runcompare %S/../../../examples/wordfreq.js
// RUN: %runcompare -O0 %S/../../../examples/wordfreq.js
