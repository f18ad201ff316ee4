// process.argv holds the runtime and the script path when no arguments are given
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var n = process.argv.length;
console.log(n);
console.log(typeof n, n >= 2);
console.log('arguments after the script:', n - 2);
for (var i = 0; i < n; i++) console.log('argument slot', i);
