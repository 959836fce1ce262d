import Foundation

/// Where commands and answers come from: readline on a terminal, plain lines from a pipe or a file.
protocol LineInput: AnyObject {
  /// One line without its line end, or nil at the end of input.
  func readLine(prompt: String, command: Bool) -> String?
}

/// Readline, only when stdin is a terminal: on a pipe it would echo, complete and write escapes.
final class TerminalInput: LineInput {
  init() { _ = Readline.prepared }

  func readLine(prompt: String, command: Bool) -> String? {
    Readline.readLine(prompt: prompt, command: command)
  }
}

/// Lines read from stdin as they are, shared by the shell and the interviews it runs so that a whole
/// session can be piped in. A trailing CR is dropped (files written on Windows); nothing else changes.
final class PipeInput: LineInput {
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false
  private let fd: Int32

  init(fd: Int32 = 0) { self.fd = fd }

  func readLine(prompt: String, command: Bool) -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        return line
      }
      if ended {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let n = read(fd, &chunk, chunk.count)
      if n <= 0 {
        if n < 0, errno == EINTR { continue }
        ended = true
      } else {
        buffer.append(contentsOf: chunk[0..<n])
      }
    }
  }
}
