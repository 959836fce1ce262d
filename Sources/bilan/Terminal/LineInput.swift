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
/// session can be piped in. A trailing CR is dropped (files written on Windows); nothing else changes.
/// A line that is not UTF-8 text, or holds a NUL byte (which SQLite would cut the text at), is
/// refused: bilan says which line and stops with exit 1, every line before it stored.
final class PipeInput: LineInput {
  private var buffer: [UInt8] = []
  private var start = 0
  /// How far the current line has been searched for its end: a long line is scanned once.
  private var scanned = 0
  private var ended = false
  private var number = 0
  private let fd: Int32
  private let language: Language

  init(fd: Int32 = 0, language: Language = .en) {
    self.fd = fd
    self.language = language
  }

  func readLine(prompt: String, command: Bool) -> String? {
    while true {
      if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = text(buffer[start..<end])
        start = newline + 1
        scanned = start
        return line
      }
      scanned = buffer.count
      if ended {
        guard start < buffer.count else { return nil }
        let line = text(buffer[start...])
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        scanned -= start
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

  private func text(_ bytes: ArraySlice<UInt8>) -> String {
    number += 1
    if !bytes.contains(0), let line = String(validating: bytes, as: UTF8.self) { return line }
    let what =
      bytes.contains(0)
      ? language.pick("un octet NUL", "a NUL byte") : language.pick("du texte non UTF-8", "bytes that are not UTF-8")
    FileHandle.standardError.write(
      Data(
        language.pick(
          "bilan: ligne \(number) de l'entrée : \(what), refusée ; les lignes d'avant sont enregistrées (« resume » reprend).\n",
          "bilan: line \(number) of the input holds \(what): refused; the lines before it are stored ('resume' continues).\n"
        ).utf8))
    fflush(nil)
    exit(1)
  }
}
