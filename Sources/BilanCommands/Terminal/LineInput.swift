import BilanCore
import Foundation

/// Where commands and answers come from: readline on a terminal, plain lines from a pipe or a file.
public protocol LineInput: AnyObject {
  /// One line without its line end, or nil at the end of input. Throws `StopRun` when the input cannot
  /// be read on (a line that is not text).
  func readLine(prompt: String, command: Bool) throws -> String?
}

/// Lines read from stdin as they are, shared by the shell and the interviews it runs so that a whole
/// session can be piped in. `LineDecoder` cuts them: a trailing CR is dropped (files written on
/// Windows); nothing else changes. A line that is not UTF-8 text, or holds a NUL byte (which SQLite would
/// cut the text at), is refused: bilan says which line and stops with exit 1, every line before it stored.
/// A test gives the bytes at once (`init(bytes:)`).
final class PipeInput: LineInput {
  private var decoder = LineDecoder()
  private var ended = false
  private let fd: Int32
  private let language: Language

  init(fd: Int32 = 0, language: Language = .en) {
    self.fd = fd
    self.language = language
  }

  init(bytes: Data, language: Language) {
    self.fd = -1
    self.language = language
    decoder.append([UInt8](bytes)[...])
    decoder.end()
    ended = true
  }

  func readLine(prompt: String, command: Bool) throws -> String? {
    while true {
      do {
        if let line = try decoder.next() { return line }
      } catch {
        throw refusal(error)
      }
      if ended { return nil }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let n = read(fd, &chunk, chunk.count)
      if n <= 0 {
        if n < 0, errno == EINTR { continue }
        ended = true
        decoder.end()
      } else {
        decoder.append(chunk[0..<n])
      }
    }
  }

  /// Ends the run (the shell too: a piped session cannot be trusted past a line it could not read).
  private func refusal(_ refused: LineDecoder.Refused) -> StopRun {
    let what =
      refused.reason == .nul ? ShellMessage.nulByte.text(language) : ShellMessage.notUTF8.text(language)
    return StopRun(
      exitCode: 1,
      message: ShellMessage.refusedLine(refused.line, what: what).text(language))
  }
}
