// The Error constructors: message and cause options, name/message on prototypes, toString, instanceof, inspect
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const kinds = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const K of kinds) {
  const e = new K('msg');
  console.log(K.name, e.name, e.message, String(e), e instanceof K, e instanceof Error, Object.getPrototypeOf(K) === (K === Error ? Function.prototype : Error), K.length);
}
console.log(Error('no new').message, TypeError('no new') instanceof TypeError, new Error().message === '', 'message' in new Error(), new Error().hasOwnProperty('message'));
console.log(new Error(undefined).hasOwnProperty('message'), new Error(42).message, new Error({ toString() { return 'obj'; } }).message, new Error(null).message);
const withCause = new Error('outer', { cause: new TypeError('inner') });
const causeDesc = Object.getOwnPropertyDescriptor(withCause, 'cause');
console.log(withCause.cause instanceof TypeError, withCause.cause.message, causeDesc.writable, causeDesc.enumerable, causeDesc.configurable);
console.log(new Error('x', { cause: undefined }).hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'), new Error('x', 'str').hasOwnProperty('cause'), new RangeError('r', { cause: 0 }).cause);
console.log(Object.getOwnPropertyDescriptor(new Error('d'), 'message'), Object.keys(new Error('k')), JSON.stringify(new Error('j')));
console.log(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Error.prototype.toString.call({ name: 'Custom', message: 'm' }), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only message' }));
console.log(Error.prototype.toString.call({ name: 'OnlyName', message: '' }), Error.prototype.toString.call({ name: undefined, message: undefined }));
const renamed = new Error('m');
renamed.name = 'Renamed';
console.log(String(renamed), Object.prototype.toString.call(renamed), Object.prototype.toString.call(new TypeError()));
class AppError extends Error {
  constructor(msg, code) { super(msg); this.name = 'AppError'; this.code = code; }
}
const ae = new AppError('failed', 42);
console.log(ae instanceof AppError, ae instanceof Error, String(ae), ae.code, Object.keys(ae));
class ValidationError extends TypeError {}
const ve = new ValidationError('bad input');
console.log(ve.name, String(ve), ve instanceof TypeError, ve.constructor.name);
try { Error.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { null.x; } catch (e) { console.log(e.constructor === TypeError, e.name + ': ' + e.message); }
try { undefinedVariable; } catch (e) { console.log(e.constructor === ReferenceError, e.name + ': ' + e.message); }
try { new Array(-1); } catch (e) { console.log(e.constructor === RangeError, e.name + ': ' + e.message); }
try { JSON.parse('{'); } catch (e) { console.log(e.constructor === SyntaxError, e.name + ': ' + e.message); }
