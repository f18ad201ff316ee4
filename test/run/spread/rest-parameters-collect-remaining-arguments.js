// a rest parameter is a real array of the arguments after the named ones, empty when there are none
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function log(level, ...messages) {
  return level + ': ' + messages.join(' ') + ' [' + messages.length + ']';
}
console.log(log('info', 'server', 'started'));
console.log(log('warn'));
console.log(log());
function isArray(...rest) {
  return Array.isArray(rest) + ' ' + Array.isArray(arguments);
}
console.log(isArray(1, 2));
function lengthIgnoresRest(a, b, ...rest) {}
console.log(lengthIgnoresRest.length);
const collect = (...all) => all;
console.log(collect(undefined, null, 0));
function mutate(...values) {
  values.push('added');
  return values;
}
const original = [1];
console.log(mutate(...original), original);
