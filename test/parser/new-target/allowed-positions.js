// new.target inside functions (including through arrows), methods, accessors, field initializers and static blocks
// RUN: %astdiff %s

function F() { return new.target; }
function G() { const arrow = () => new.target; return arrow(); }
const o = {
  method() { return new.target; },
  get g() { return new.target; },
};
class C {
  constructor() { new.target; }
  field = new.target;
  arrowField = () => new.target;
  static { new.target; }
}
