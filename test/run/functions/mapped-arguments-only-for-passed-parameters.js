// Only parameters that received an argument are mapped (indices below min(argc, parameters));
// extra arguments are plain elements.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f(a, b, c) {
  b = 'b';
  arguments[2] = 'c';
  console.log(arguments.length, a, b, c, arguments[1], arguments[2]);
  a = 'a';
  console.log(arguments[0], Object.keys(arguments));
}
f();
f(1);
f(1, 2);
f(1, 2, 3);

function extra(a) {
  arguments[1] = 'extra';
  arguments[3] = 'far';
  a = 'changed';
  console.log(arguments[0], arguments[1], arguments[3], arguments.length);
}
extra(1, 2);
