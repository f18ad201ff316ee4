// JSON.stringify on cyclic structures throws node's multi-line TypeError; shared (non-cyclic) references are fine
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const shared = { v: 1 };
console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
const self = { name: 'self' };
self.me = self;
try { JSON.stringify(self); } catch (e) { console.log(e.name + ': ' + e.message); }
const a = { name: 'a' }, b = { name: 'b', list: [1, 2] };
a.child = b;
b.list.push({ back: a });
try { JSON.stringify(a); } catch (e) { console.log(e.name + ': ' + e.message); }
const arr = [1];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.name + ': ' + e.message); }
class Node { constructor() { this.next = null; } }
const n1 = new Node(), n2 = new Node(), n3 = new Node();
n1.next = n2; n2.next = n3; n3.next = n1;
try { JSON.stringify({ head: n1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
const deep = { level1: { level2: { level3: {} } } };
deep.level1.level2.level3.loop = deep.level1;
try { JSON.stringify(deep); } catch (e) { console.log(e.name + ': ' + e.message); }
const viaToJSON = { toJSON() { return { inner: viaToJSON }; } };
try { JSON.stringify(viaToJSON); } catch (e) { console.log(e.name + ': ' + e.message); }
const nullProto = Object.create(null);
nullProto.x = { y: nullProto };
try { JSON.stringify(nullProto); } catch (e) { console.log(e.name + ': ' + e.message); }
const sym = { [Symbol('s')]: 1, 'key with space': {} };
sym['key with space'].up = sym;
try { JSON.stringify(sym); } catch (e) { console.log(e.name + ': ' + e.message); }
// uncaught: the process reports it and exits with status 1
JSON.stringify(self);
