// localeCompare on ASCII strings, and other String.prototype basics (concat, toString, valueOf, String())
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

// (Only lowercase ASCII here: node's ICU collation and kiln's code-unit order agree on it.)
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'abc'.localeCompare('abd'), ''.localeCompare('a'));
console.log(['pear', 'apple', 'fig', 'banana'].sort((x, y) => x.localeCompare(y)));
console.log('ab'.localeCompare('abc'), 'abc'.localeCompare('ab'), 'undefined'.localeCompare(), 'a'.localeCompare('a', 'en'));
console.log('con'.concat('cat', 1, null, undefined, [2, 3], {}), ''.concat(), 'x'.concat(true));
console.log('str'.toString(), new String('boxed').toString(), typeof new String('b').valueOf(), String(new String('w')));
console.log(String(), String(123), String(null), String(undefined), String(Symbol('desc')), String(-0), String([1, [2]]), String({}));
console.log(typeof String(1), typeof new String(1), new String('ab').length, new String('ab')[1], Object.keys(new String('ab')));
console.log(new String('x') == 'x', new String('x') === 'x', String.prototype.toString.call('prim'));
try { String.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.valueOf.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.localeCompare.call(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.concat.call(undefined, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new String(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { '' + Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new String('abc'), [new String('')], Object('str'));
