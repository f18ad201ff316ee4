// Boolean(): truthiness of every kind of value, Boolean objects, toString/valueOf and their TypeErrors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const values = [0, -0, NaN, '', ' ', '0', 'false', null, undefined, [], {}, 1, -1, Infinity, Symbol(), () => 0, new Boolean(false)];
console.log(values.map((v) => Boolean(v)).join());
console.log(Boolean(), typeof Boolean(1), typeof new Boolean(1), new Boolean(0) ? 'object is truthy' : 'falsy', !!new Boolean(false));
console.log(true.toString(), false.toString(), new Boolean(true).toString(), true.valueOf(), new Boolean(false).valueOf(), String(new Boolean(true)));
console.log(new Boolean(false), [new Boolean(true)], Object(false), Boolean.prototype.valueOf(), Object.prototype.toString.call(true));
console.log(new Boolean(false) == false, new Boolean(false) === false, true + true, true * 5, `${false}`, Boolean.length, Boolean.name);
try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Boolean.prototype.valueOf.call('true'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Boolean.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
class MyBool extends Boolean {}
const mb = new MyBool(true);
console.log(mb.valueOf(), mb instanceof Boolean, mb instanceof MyBool, mb);
