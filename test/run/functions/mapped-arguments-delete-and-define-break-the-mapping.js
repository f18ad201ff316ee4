// Deleting a mapped element, or redefining it as read-only or as an accessor, ends its aliasing
// with the parameter; a redefinition with a value writes the parameter. Object.freeze makes every
// element read-only; Object.seal keeps them mapped.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function deleted(a) {
  arguments[0] = 2;
  delete arguments[0];
  console.log(a, arguments[0], 0 in arguments);
  arguments[0] = 3;
  console.log(a, arguments[0]);
  a = 4;
  console.log(a, arguments[0]);
}
deleted(1);

function readOnly(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  console.log(a);
  a = 'before';
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'after';
  console.log(arguments[0], a, Object.getOwnPropertyDescriptor(arguments, '0'));
}
readOnly(1);

function accessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; } });
  a = 'parameter';
  console.log(arguments[0], a);
}
accessor(1);

function notEnumerable(a) {
  Object.defineProperty(arguments, '0', { enumerable: false });
  a = 'still mapped';
  console.log(arguments[0], Object.keys(arguments));
}
notEnumerable(1, 2);

function frozen(a) {
  a = 'kept';
  Object.freeze(arguments);
  a = 'parameter only';
  arguments[0] = 'ignored';
  console.log(arguments[0], a);
}
frozen(1);

function sealed(a) {
  Object.seal(arguments);
  a = 'sealed but mapped';
  console.log(arguments[0], delete arguments[0]);
}
sealed(1);
