// Richards: Martin Richards' simulation of a small operating-system kernel, a scheduler running
// six tasks (idle, worker, two handlers, two devices) that pass packets between them. The result
// is the number of packets queued and of times a task was held; for an idle count of 10,000 they
// are 23,246 and 9,297. Exercises method calls on a handful of classes, field access and
// linked-list walks, with little arithmetic and no allocation in the steady state.
//
//   node richards.js [ROUNDS]        default 400 rounds of one 10,000-tick simulation
'use strict';

const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const TASK_COUNT = 6;
const DEVICE_PACKET = 0, WORK_PACKET = 1;
const PACKET_DATA_SIZE = 4;

// A task's state is a set of bits: it has a packet waiting (RUNNABLE), it is waiting for one
// (SUSPENDED), or another task has put it on hold (HELD). No bits at all means running.
const RUNNING = 0, RUNNABLE = 1, SUSPENDED = 2, HELD = 4;
const SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE;

class Packet {
  constructor(next, destination, kind) {
    this.next = next;
    this.destination = destination; // a task id; while queued, the sender's id
    this.kind = kind;
    this.datum = 0;
    this.data = [0, 0, 0, 0];
  }

  // Appends this packet to the list starting at `list`; returns the list's new head.
  appendTo(list) {
    this.next = null;
    if (list === null) return this;
    let last = list;
    while (last.next !== null) last = last.next;
    last.next = this;
    return list;
  }
}

class TaskRecord {
  constructor(next, id, priority, inbox, task) {
    this.next = next; // the scheduler's list, highest priority first
    this.id = id;
    this.priority = priority;
    this.inbox = inbox;
    this.task = task;
    this.state = inbox === null ? SUSPENDED : SUSPENDED_RUNNABLE;
  }

  isBlocked() { return (this.state & HELD) !== 0 || this.state === SUSPENDED; }

  // Runs the task with its first waiting packet, if it was resumed by one.
  run() {
    let packet = null;
    if (this.state === SUSPENDED_RUNNABLE) {
      packet = this.inbox;
      this.inbox = packet.next;
      this.state = this.inbox === null ? RUNNING : RUNNABLE;
    }
    return this.task.run(packet);
  }

  // Delivers `packet` here; returns the task to run next, this one if it now outranks `current`.
  deliver(current, packet) {
    if (this.inbox === null) {
      this.inbox = packet;
      this.state |= RUNNABLE;
      if (this.priority > current.priority) return this;
    } else {
      this.inbox = packet.appendTo(this.inbox);
    }
    return current;
  }
}

class Kernel {
  constructor() {
    this.records = new Array(TASK_COUNT).fill(null);
    this.list = null;
    this.current = null;
    this.currentId = -1;
    this.queued = 0;
    this.holds = 0;
  }

  add(id, priority, inbox, task) {
    this.current = new TaskRecord(this.list, id, priority, inbox, task);
    this.list = this.current;
    this.records[id] = this.current;
  }

  run() {
    let record = this.list;
    this.current = record;
    while (record !== null) {
      if (record.isBlocked()) {
        record = record.next;
      } else {
        this.currentId = record.id;
        this.current = record;
        record = record.run();
        this.current = record;
      }
    }
  }

  // Takes task `id` off hold; returns the task to run next.
  release(id) {
    const record = this.records[id];
    if (record === null) return record;
    record.state &= ~HELD;
    return record.priority > this.current.priority ? record : this.current;
  }

  holdSelf() {
    this.holds++;
    this.current.state |= HELD;
    return this.current.next;
  }

  waitSelf() {
    this.current.state |= SUSPENDED;
    return this.current;
  }

  send(packet) {
    const target = this.records[packet.destination];
    if (target === null) return target;
    this.queued++;
    packet.next = null;
    packet.destination = this.currentId;
    return target.deliver(this.current, packet);
  }
}

// Wakes the two devices in a pseudo-random order, `ticks` times, then holds itself for good.
class IdleTask {
  constructor(kernel, ticks) { this.kernel = kernel; this.seed = 1; this.ticks = ticks; }
  run() {
    if (--this.ticks === 0) return this.kernel.holdSelf();
    if ((this.seed & 1) === 0) {
      this.seed >>= 1;
      return this.kernel.release(DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return this.kernel.release(DEVICE_B);
  }
}

// Fills each work packet with the next letters of the alphabet and sends it to a handler,
// alternating between the two.
class WorkerTask {
  constructor(kernel) { this.kernel = kernel; this.handler = HANDLER_A; this.letter = 0; }
  run(packet) {
    if (packet === null) return this.kernel.waitSelf();
    this.handler = this.handler === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.destination = this.handler;
    packet.datum = 0;
    for (let i = 0; i < PACKET_DATA_SIZE; i++) {
      this.letter = this.letter === 26 ? 1 : this.letter + 1;
      packet.data[i] = this.letter;
    }
    return this.kernel.send(packet);
  }
}

// Copies the data of work packets, one item per device packet, to its device; returns each work
// packet to the worker when it is used up.
class HandlerTask {
  constructor(kernel) { this.kernel = kernel; this.work = null; this.devices = null; }
  run(packet) {
    if (packet !== null) {
      if (packet.kind === WORK_PACKET) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    const work = this.work;
    if (work !== null) {
      const index = work.datum;
      if (index < PACKET_DATA_SIZE) {
        const device = this.devices;
        if (device !== null) {
          this.devices = device.next;
          device.datum = work.data[index];
          work.datum = index + 1;
          return this.kernel.send(device);
        }
      } else {
        this.work = work.next;
        return this.kernel.send(work);
      }
    }
    return this.kernel.waitSelf();
  }
}

// Holds on to one packet at a time and hands it back to its handler when woken.
class DeviceTask {
  constructor(kernel) { this.kernel = kernel; this.pending = null; }
  run(packet) {
    if (packet === null) {
      const pending = this.pending;
      if (pending === null) return this.kernel.waitSelf();
      this.pending = null;
      return this.kernel.send(pending);
    }
    this.pending = packet;
    return this.kernel.holdSelf();
  }
}

function packets(count, destination, kind) {
  let list = null;
  for (let i = 0; i < count; i++) list = new Packet(list, destination, kind);
  return list;
}

function simulate(ticks) {
  const kernel = new Kernel();
  kernel.add(IDLE, 0, null, new IdleTask(kernel, ticks));
  kernel.current.state = RUNNING;
  kernel.add(WORKER, 1000, packets(2, WORKER, WORK_PACKET), new WorkerTask(kernel));
  kernel.add(HANDLER_A, 2000, packets(3, DEVICE_A, DEVICE_PACKET), new HandlerTask(kernel));
  kernel.add(HANDLER_B, 3000, packets(3, DEVICE_B, DEVICE_PACKET), new HandlerTask(kernel));
  kernel.add(DEVICE_A, 4000, null, new DeviceTask(kernel));
  kernel.add(DEVICE_B, 5000, null, new DeviceTask(kernel));
  kernel.run();
  return kernel;
}

const rounds = process.argv.length > 2 ? Number(process.argv[2]) : 400;
let queued = 0, holds = 0;
for (let round = 0; round < rounds; round++) {
  const kernel = simulate(10000);
  if (kernel.queued !== 23246 || kernel.holds !== 9297) {
    throw new Error(`richards: round ${round} queued ${kernel.queued} packets and held ${kernel.holds} times`);
  }
  queued += kernel.queued;
  holds += kernel.holds;
}
console.log(`richards ${rounds} x 10000: queued ${queued}, held ${holds}`);
