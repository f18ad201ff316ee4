// A cached store through a setter notices when the setter is removed (the shape does not change):
// sloppy stores are then ignored, strict ones throw V8's TypeError, for inherited and own accessors.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
var log = [];
var p = {};
Object.defineProperty(p, 'x', { get() { return 1; }, set(v) { log.push(v); }, configurable: true });
var o = Object.create(p);
function setX(obj, v) { obj.x = v; }
setX(o, 1); setX(o, 2);
Object.defineProperty(p, 'x', { set: undefined });
try { setX(o, 3); console.log('sloppy ok', o.x, Object.keys(o)); } catch (e) { console.log('threw', e.constructor.name, e.message); }
function setXStrict(obj, v) { 'use strict'; obj.x = v; }
var q = {}; Object.defineProperty(q, 'y', { set(v) { log.push('y' + v); }, configurable: true });
var r = Object.create(q);
function setY(obj, v) { 'use strict'; obj.y = v; }
setY(r, 1);
Object.defineProperty(q, 'y', { set: undefined });
try { setY(r, 2); console.log('strict ok'); } catch (e) { console.log('threw', e.constructor.name, e.message); }
// own accessor
var s = {}; Object.defineProperty(s, 'z', { set(v) { log.push('z' + v); }, configurable: true });
function setZ(obj, v) { obj.z = v; }
setZ(s, 1);
Object.defineProperty(s, 'z', { set: undefined });
try { setZ(s, 2); console.log('own ok'); } catch (e) { console.log('threw', e.constructor.name, e.message); }
console.log(log);
