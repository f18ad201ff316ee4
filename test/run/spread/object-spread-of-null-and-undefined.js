// spreading null, undefined or other primitives into an object literal adds nothing, except for strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log({ ...null, ...undefined, a: 1 });
let maybe;
console.log({ ...maybe });
console.log({ ...42, ...true });
console.log({ ...'hi' });
console.log({ ...['x', 'y'] });
const flag = false;
console.log({ base: 1, ...(flag ? { extra: 2 } : null) });
console.log({ base: 1, ...(!flag && { extra: 2 }) });
