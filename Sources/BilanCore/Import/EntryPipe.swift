import Foundation

/// Hands entries from a reader thread to the thread that stores them, a few hundred at a time: reading
/// and parsing a jrnl file runs on one core while SQLite writes on the other. Bounded, so memory stays
/// flat; an error on either side stops both.
final class EntryPipe<Item: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var buffer: [Item] = []
  private var finished = false
  private var failure: (any Error)?
  private var cancelled = false
  private let capacity: Int

  init(capacity: Int = 256) { self.capacity = capacity }

  struct Cancelled: Error {}

  /// Reader side: waits while the buffer is full; throws once the storing side has given up.
  func push(_ item: Item) throws {
    condition.lock()
    defer { condition.unlock() }
    while buffer.count >= capacity, !cancelled { condition.wait() }
    if cancelled { throw Cancelled() }
    buffer.append(item)
    condition.broadcast()
  }

  /// Reader side: no more items; `error` when reading failed.
  func finish(_ error: (any Error)?) {
    condition.lock()
    finished = true
    failure = error
    condition.broadcast()
    condition.unlock()
  }

  /// Storing side: the next items, nil at the end; rethrows the reader's error.
  func take() throws -> [Item]? {
    condition.lock()
    defer { condition.unlock() }
    while buffer.isEmpty, !finished { condition.wait() }
    if buffer.isEmpty {
      if let failure { throw failure }
      return nil
    }
    let items = buffer
    buffer.removeAll(keepingCapacity: true)
    condition.broadcast()
    return items
  }

  /// Storing side: stop the reader (an error while storing).
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Runs `produce` on a thread of its own, feeding the pipe, and `consume` here; returns when both
  /// are done. An error from either is thrown here, after the reader has stopped.
  static func run(
    capacity: Int = 256,
    produce: @escaping @Sendable (_ push: (Item) throws -> Void) throws -> Void,
    consume: (EntryPipe<Item>) throws -> Void
  ) throws {
    let pipe = EntryPipe<Item>(capacity: capacity)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      do {
        try produce(pipe.push)
        pipe.finish(nil)
      } catch {
        pipe.finish(error)
      }
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    do {
      try consume(pipe)
    } catch {
      pipe.cancel()
      done.wait()
      throw error
    }
    done.wait()
  }
}
