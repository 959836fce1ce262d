/// Cuts the bytes of a pipe or a file into the lines of commands and answers, as they arrive in chunks
/// of any size. A line ends at LF; a CR before it is dropped (files written on Windows); nothing else
/// changes. The last line may lack its LF. A line that is not UTF-8 text, or holds a NUL byte (which
/// SQLite would cut the text at), is refused with its number, counted from 1.
///
/// The reading itself (the file descriptor, what a refusal prints) is the shell's `PipeInput`; this is
/// its pure part, so that it is fuzzed (`Fuzz/FuzzAnswers.swift`) and tested without a process.
public struct LineDecoder: Sendable {
  public struct Refused: Error, Equatable, Sendable {
    public enum Reason: Sendable, Equatable { case nul, notUTF8 }
    /// The line's number, from 1.
    public var line: Int
    public var reason: Reason
  }

  private var buffer: [UInt8] = []
  private var start = 0
  /// How far the current line has been searched for its end: a long line is scanned once.
  private var scanned = 0
  private var ended = false
  /// The lines given so far (and the refused one).
  public private(set) var count = 0

  public init() {}

  /// Adds bytes read; `end` once the input has no more.
  public mutating func append(_ bytes: some Collection<UInt8>) {
    if start > 0 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// There are no more bytes: the last line, if it lacks its LF, is whole.
  public mutating func end() { ended = true }

  /// The next whole line, without its line end; nil when more bytes are needed (or, after `end()`, when
  /// there is no line left).
  public mutating func next() throws(Refused) -> String? {
    if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
      var end = newline
      if end > start, buffer[end - 1] == 0x0D { end -= 1 }
      let line = try text(buffer[start..<end])
      start = newline + 1
      scanned = start
      return line
    }
    scanned = buffer.count
    guard ended, start < buffer.count else { return nil }
    let line = try text(buffer[start...])
    start = buffer.count
    return line
  }

  private mutating func text(_ bytes: ArraySlice<UInt8>) throws(Refused) -> String {
    count += 1
    if bytes.contains(0) { throw Refused(line: count, reason: .nul) }
    guard let line = String(validating: bytes, as: UTF8.self) else { throw Refused(line: count, reason: .notUTF8) }
    return line
  }
}

extension String {
  /// The text cut at each LF, the way bilan joins lines to store them. Not `components(separatedBy: "\n")`
  /// nor `split(separator: "\n")`: "\r\n" is one character to Swift, which they do not cut, so a line
  /// ending in CR came back glued to the next one (found by `Fuzz/FuzzAnswers.swift`).
  public var linesAtLF: [String] {
    utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
  }
}
