// a catch clause can destructure the thrown value, object or array
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  throw new RangeError('out of range');
} catch ({ name, message }) {
  console.log(name, '-', message);
}
try {
  throw { code: 404, details: { path: '/missing' } };
} catch ({ code, details: { path }, retry = false }) {
  console.log(code, path, retry);
}
try {
  throw ['first', 'second'];
} catch ([a, b]) {
  console.log(a, b);
}
function parse(text) {
  if (text === '') throw { reason: 'empty' };
  return text.length;
}
try {
  parse('');
} catch ({ reason }) {
  console.log('failed because', reason);
}
const reason = 'outer binding';
try {
  throw { reason: 'inner' };
} catch ({ reason }) {
  console.log(reason);
}
console.log(reason);
