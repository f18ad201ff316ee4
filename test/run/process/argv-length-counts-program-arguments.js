// arguments passed to the program add to process.argv.length (this test runs it with three)
// RUN: %runcompare %s -- one two three
// RUN: %runcompare -O0 %s -- one two three

var n = process.argv.length;
console.log(n);
console.log('arguments after the script:', n - 2);
for (var i = 2; i < n; i++) console.log('program argument', i - 1);
