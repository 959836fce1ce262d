/// Splits a line into words as a POSIX shell does: quotes, backslashes, `#` comments, and a leading
/// unquoted `~` or `~/` as the home folder (so `export 1 --out ~/site` never makes a folder named `~`).
/// One difference: an apostrophe between two letters is a letter of the word (`l'équipe`), not a quote.
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
    let characters = Array(line)
    var position = 0
    func read() -> Character? {
      guard position < characters.count else { return nil }
      defer { position += 1 }
      return characters[position]
    }
    while let c = read() {
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
        if let next = read() { word.append(next) }
        inWord = true
      case "'" where word.last?.isLetter == true && position < characters.count && characters[position].isLetter:
        // An apostrophe between two letters is an elision (l'équipe, aujourd'hui, it's), not a quote:
        // French is typed with them, and `write` must take them as they are.
        word.append(c)
      case "'":
        inWord = true
        var closed = false
        while let next = read() {
          if next == "'" { closed = true; break }
          word.append(next)
        }
        if !closed { throw Unterminated(quote: "'") }
      case "\"":
        inWord = true
        var closed = false
        while let next = read() {
          if next == "\"" { closed = true; break }
          if next == "\\" {
            guard let escaped = read() else { break }
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
