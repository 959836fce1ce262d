import BilanCore
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
/// session can be piped in. `LineDecoder` cuts them: a trailing CR is dropped (files written on
/// Windows); nothing else changes. A line that is not UTF-8 text, or holds a NUL byte (which SQLite would
/// cut the text at), is refused: bilan says which line and stops with exit 1, every line before it stored.
final class PipeInput: LineInput {
  private var decoder = LineDecoder()
  private var ended = false
  private let fd: Int32
  private let language: Language

  init(fd: Int32 = 0, language: Language = .en) {
    self.fd = fd
    self.language = language
  }

  func readLine(prompt: String, command: Bool) -> String? {
    while true {
      do {
        if let line = try decoder.next() { return line }
      } catch {
        refuse(error)
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

  private func refuse(_ refused: LineDecoder.Refused) -> Never {
    let what =
      refused.reason == .nul
      ? language.pick("un octet NUL", "a NUL byte") : language.pick("du texte non UTF-8", "bytes that are not UTF-8")
    FileHandle.standardError.write(
      Data(
        language.pick(
          "bilan: ligne \(refused.line) de l'entrée : \(what), refusée ; les lignes d'avant sont enregistrées (« resume » reprend).\n",
          "bilan: line \(refused.line) of the input holds \(what): refused; the lines before it are stored ('resume' continues).\n"
        ).utf8))
    fflush(nil)
    exit(1)
  }
}
