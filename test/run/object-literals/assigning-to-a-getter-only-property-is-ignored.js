// in sloppy code, assigning to a property with only a getter is silently ignored
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const config = {
  get version() {
    return '1.0';
  },
};
config.version = '2.0';
console.log(config.version);
const result = (config.version = 'returned anyway');
console.log(result, config.version);
const child = Object.create(config);
child.version = 'child';
console.log(child.version, child.hasOwnProperty('version'));
function strictAssign() {
  'use strict';
  config.version = '3.0';
}
try {
  strictAssign();
} catch (e) {
  console.log('strict code throws:', e.name);
}
