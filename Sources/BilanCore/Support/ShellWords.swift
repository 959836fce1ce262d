/// Splits a line into words as a POSIX shell does: quotes, backslashes, `#` comments, and a leading
/// unquoted `~` or `~/` as the home folder (so `export 1 --out ~/site` never makes a folder named `~`).
public enum ShellWords {
  public struct Unterminated: Error, CustomStringConvertible {
    var quote: Character
    public var description: String { "unterminated \(quote) quote" }
  }

  public static func split(_ line: String, home: String? = nil) throws -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var tilde = false
    func end() {
      if tilde, let home, word == "~" || word.hasPrefix("~/") { word = home + word.dropFirst() }
      words.append(word)
    }
    var iterator = Array(line).makeIterator()
    while let c = iterator.next() {
      switch c {
      case " ", "\t", "\n":
        if inWord { end() }
        word = ""
        inWord = false
        tilde = false
      case "~" where !inWord:
        word.append(c)
        inWord = true
        tilde = true
      case "#" where !inWord:
        return words
      case "\\":
        if let next = iterator.next() { word.append(next) }
        inWord = true
      case "'":
        inWord = true
        var closed = false
        while let next = iterator.next() {
          if next == "'" { closed = true; break }
          word.append(next)
        }
        if !closed { throw Unterminated(quote: "'") }
      case "\"":
        inWord = true
        var closed = false
        while let next = iterator.next() {
          if next == "\"" { closed = true; break }
          if next == "\\" {
            guard let escaped = iterator.next() else { break }
            if !"\"\\$`".contains(escaped) { word.append("\\") }
            word.append(escaped)
          } else {
            word.append(next)
          }
        }
        if !closed { throw Unterminated(quote: "\"") }
      default:
        word.append(c)
        inWord = true
      }
    }
    if inWord { end() }
    return words
  }
}
