// DeltaBlue: Freeman-Benson and Maloney's incremental solver for one-way dataflow constraints
// with strengths (the algorithm of "The DeltaBlue Algorithm", 1990). Two scenarios, as in the
// classic benchmark: a chain of equalities edited from one end, and a set of scale constraints
// whose inputs are changed one after another. Every step checks the solver's answer; the printed
// checksum sums the values the checks saw. Exercises polymorphic method calls over a class
// hierarchy, arrays of objects and lots of short-lived allocation.
//
//   node deltablue.js [ROUNDS]        default 3,000 rounds of (chain of 100, projection of 100)
'use strict';

// ---- Strengths: a total order, REQUIRED the strongest. A smaller rank is stronger.

class Strength {
  constructor(rank, name) { this.rank = rank; this.name = name; }
  static stronger(a, b) { return a.rank < b.rank; }
  static weaker(a, b) { return a.rank > b.rank; }
  static weakest(a, b) { return a.rank > b.rank ? a : b; }
}
const STRENGTHS = ['required', 'strongPreferred', 'preferred', 'strongDefault', 'normal', 'weakDefault', 'weakest']
  .map((name, rank) => new Strength(rank, name));
const [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST] = STRENGTHS;
Strength.nextWeaker = (s) => STRENGTHS[s.rank + 1];

// Removes every occurrence of `item` from `array`, keeping the order of the rest.
function removeAll(array, item) {
  let kept = 0;
  for (let i = 0; i < array.length; i++) if (array[i] !== item) array[kept++] = array[i];
  array.length = kept;
}

// A FIFO work list over an array; `take` does not shift the array.
class WorkList {
  constructor(items) { this.items = items; this.head = 0; }
  isEmpty() { return this.head === this.items.length; }
  take() { return this.items[this.head++]; }
  add(item) { this.items.push(item); }
}

// ---- Variables

class Variable {
  constructor(name, value = 0) {
    this.name = name;
    this.value = value;
    this.constraints = [];       // every constraint that mentions this variable
    this.determinedBy = null;    // the satisfied constraint that computes it, if any
    this.mark = 0;               // the planner's visit mark
    this.walkStrength = WEAKEST; // the strength of the weakest constraint upstream
    this.stay = true;            // true when no edit constraint is upstream (its value is constant)
  }
  addConstraint(c) { this.constraints.push(c); }
  removeConstraint(c) {
    removeAll(this.constraints, c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// ---- Constraints. A satisfied constraint has chosen one of its variables as its output.

class Constraint {
  constructor(planner, strength) { this.planner = planner; this.strength = strength; }

  // Adds the constraint to the graph and satisfies what it can.
  add() {
    this.addToGraph();
    this.planner.incrementalAdd(this);
    return this;
  }

  destroy() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  // Tries to satisfy the constraint during the planner pass `mark`; returns the constraint it
  // overrode (now unsatisfied), or null.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error('deltablue: could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) throw new Error('deltablue: cycle encountered');
    out.mark = mark;
    return overridden;
  }

  isInput() { return false; }
}

// A constraint on one variable.
class UnaryConstraint extends Constraint {
  constructor(planner, variable, strength) {
    super(planner, strength);
    this.variable = variable;
    this.satisfied = false;
  }
  addToGraph() { this.variable.addConstraint(this); this.satisfied = false; }
  removeFromGraph() { this.variable.removeConstraint(this); this.satisfied = false; }
  chooseMethod(mark) {
    this.satisfied = this.variable.mark !== mark && Strength.stronger(this.strength, this.variable.walkStrength);
  }
  isSatisfied() { return this.satisfied; }
  markInputs(mark) {}
  output() { return this.variable; }
  markUnsatisfied() { this.satisfied = false; }
  inputsKnown(mark) { return true; }
  recalculate() {
    this.variable.walkStrength = this.strength;
    this.variable.stay = !this.isInput();
    if (this.variable.stay) this.execute();
  }
}

// Keeps a variable's value (a constant, as far as weaker constraints are concerned).
class StayConstraint extends UnaryConstraint {
  execute() {}
}

// Marks a variable as changed from outside the solver, by the plan's caller.
class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
  execute() {}
}

const NONE = 0, FORWARD = 1, BACKWARD = -1;

// A constraint between two variables that can compute either one from the other.
class BinaryConstraint extends Constraint {
  constructor(planner, a, b, strength) {
    super(planner, strength);
    this.a = a;
    this.b = b;
    this.direction = NONE;
  }
  addToGraph() {
    this.a.addConstraint(this);
    this.b.addConstraint(this);
    this.direction = NONE;
  }
  removeFromGraph() {
    this.a.removeConstraint(this);
    this.b.removeConstraint(this);
    this.direction = NONE;
  }
  // Picks the direction: towards the variable not yet planned in this pass, or, when both are
  // free, towards the one whose current determination is weaker.
  chooseMethod(mark) {
    const a = this.a, b = this.b;
    if (a.mark === mark) {
      this.direction = b.mark !== mark && Strength.stronger(this.strength, b.walkStrength) ? FORWARD : NONE;
    } else if (b.mark === mark) {
      this.direction = a.mark !== mark && Strength.stronger(this.strength, a.walkStrength) ? BACKWARD : NONE;
    } else if (Strength.weaker(a.walkStrength, b.walkStrength)) {
      this.direction = Strength.stronger(this.strength, a.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, b.walkStrength) ? FORWARD : NONE;
    }
  }
  isSatisfied() { return this.direction !== NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === FORWARD ? this.a : this.b; }
  output() { return this.direction === FORWARD ? this.b : this.a; }
  markUnsatisfied() { this.direction = NONE; }
  inputsKnown(mark) {
    const input = this.input();
    return input.mark === mark || input.stay || input.determinedBy === null;
  }
  recalculate() {
    const input = this.input(), out = this.output();
    out.walkStrength = Strength.weakest(this.strength, input.walkStrength);
    out.stay = input.stay;
    if (out.stay) this.execute();
  }
}

// a = b
class EqualityConstraint extends BinaryConstraint {
  execute() {
    if (this.direction === FORWARD) this.b.value = this.a.value;
    else this.a.value = this.b.value;
  }
}

// b = a * scale + offset, where scale and offset are variables only ever read.
class ScaleConstraint extends BinaryConstraint {
  constructor(planner, a, scale, offset, b, strength) {
    super(planner, a, b, strength);
    this.scale = scale;
    this.offset = offset;
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) this.b.value = this.a.value * this.scale.value + this.offset.value;
    else this.a.value = (this.b.value - this.offset.value) / this.scale.value;
  }
  recalculate() {
    const input = this.input(), out = this.output();
    out.walkStrength = Strength.weakest(this.strength, input.walkStrength);
    out.stay = input.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

// ---- The planner

class Plan {
  constructor() { this.steps = []; }
  add(c) { this.steps.push(c); }
  execute() { for (const c of this.steps) c.execute(); }
}

class Planner {
  constructor() { this.currentMark = 0; }
  newMark() { return ++this.currentMark; }

  // Satisfies `c` and, in turn, whatever it overrides that can be re-satisfied another way.
  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  // Removes `c`, then re-satisfies the constraints that lost their determination, strongest first.
  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    for (let strength = REQUIRED; strength !== WEAKEST; strength = Strength.nextWeaker(strength)) {
      for (const u of unsatisfied) if (u.strength === strength) this.incrementalAdd(u);
    }
  }

  // Recomputes walk strengths and stay flags downstream of `c`; false if that walk comes back to
  // `c`'s own output (a cycle), in which case `c` is removed again.
  addPropagate(c, mark) {
    const todo = new WorkList([c]);
    while (!todo.isEmpty()) {
      const d = todo.take();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConsumersOf(d.output(), todo);
    }
    return true;
  }

  // Forgets how `out` was determined and updates everything downstream; returns the constraints
  // that were unsatisfied along the way.
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = new WorkList([out]);
    while (!todo.isEmpty()) {
      const v = todo.take();
      for (const c of v.constraints) if (!c.isSatisfied()) unsatisfied.push(c);
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.add(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConsumersOf(v, todo) {
    const determining = v.determinedBy;
    for (const c of v.constraints) if (c !== determining && c.isSatisfied()) todo.add(c);
  }

  // The constraints to execute, in order, to propagate new values of the input constraints in
  // `sources` to everything that depends on them.
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = new WorkList(sources);
    while (!todo.isEmpty()) {
      const c = todo.take();
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        out.mark = mark;
        this.addConsumersOf(out, todo);
      }
    }
    return plan;
  }

  planFor(constraints) {
    return this.makePlan(constraints.filter((c) => c.isInput() && c.isSatisfied()));
  }
}

// ---- The two scenarios. Each returns the sum of the values it checked.

function check(ok, what) {
  if (!ok) throw new Error(`deltablue: ${what} failed`);
}

// v0 = v1 = ... = vn, vn stays (strong default), v0 is edited (preferred): each new value of v0
// must reach vn.
function chainTest(n) {
  const planner = new Planner();
  const vars = [];
  for (let i = 0; i <= n; i++) {
    vars.push(new Variable(`v${i}`));
    if (i > 0) new EqualityConstraint(planner, vars[i - 1], vars[i], REQUIRED).add();
  }
  const first = vars[0], last = vars[n];
  new StayConstraint(planner, last, STRONG_DEFAULT).add();
  const edit = new EditConstraint(planner, first, PREFERRED).add();
  const plan = planner.planFor([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    check(last.value === i, 'chain test');
    sum += last.value;
  }
  return sum;
}

// Sets v to value through an edit constraint, as a user dragging it would.
function change(planner, v, value) {
  const edit = new EditConstraint(planner, v, PREFERRED).add();
  const plan = planner.planFor([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = value;
    plan.execute();
  }
  edit.destroy();
}

// dst_i = src_i * scale + offset for n pairs, src_i stay (normal); then change a source, a
// destination, the scale and the offset in turn.
function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable('scale', 10), offset = new Variable('offset', 1000);
  const dests = [];
  let src = null, dst = null;
  for (let i = 0; i < n; i++) {
    src = new Variable(`src${i}`, i);
    dst = new Variable(`dst${i}`, i);
    dests.push(dst);
    new StayConstraint(planner, src, NORMAL).add();
    new ScaleConstraint(planner, src, scale, offset, dst, REQUIRED).add();
  }
  let sum = 0;
  change(planner, src, 17);
  check(dst.value === 1170, 'projection 1');
  change(planner, dst, 1050);
  check(src.value === 5, 'projection 2');
  sum += dst.value + src.value;
  change(planner, scale, 5);
  for (let i = 0; i < n - 1; i++) {
    check(dests[i].value === i * 5 + 1000, 'projection 3');
    sum += dests[i].value;
  }
  change(planner, offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    check(dests[i].value === i * 5 + 2000, 'projection 4');
    sum += dests[i].value;
  }
  return sum;
}

const rounds = process.argv.length > 2 ? Number(process.argv[2]) : 3000;
let checksum = 0;
for (let round = 0; round < rounds; round++) checksum += chainTest(100) + projectionTest(100);
console.log(`deltablue ${rounds} x (chain 100, projection 100): checksum ${checksum}`);
