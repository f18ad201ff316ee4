// spread elements and ordinary arguments are evaluated strictly left to right
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const log = [];
function value(label) {
  log.push(label);
  return label;
}
function list(label, items) {
  log.push(label);
  return items;
}
const arr = [value('a'), ...list('spread1', [1, 2]), value('b'), ...list('spread2', [])];
console.log(arr, log.join(' '));
log.length = 0;
function callee() {
  log.push('callee body');
  return arguments.length;
}
function getCallee() {
  log.push('callee expression');
  return callee;
}
console.log(getCallee()(...list('args', [1, 2, 3]), value('last')), log.join(' '));
