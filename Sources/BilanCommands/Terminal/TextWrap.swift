/// How a text is cut to the terminal's width. Only a terminal's lines are cut: a pipe or a file gets the
/// text as it is, so scripts read the same lines at any width.
enum Wrap: Equatable {
  /// Data (table rows, paths, JSON, charts fitted already): never cut.
  case none
  /// Sentences: each line cut at its spaces, its next lines under its text, after its indent and its
  /// list marker (`  - `, `  1. `, `✓ `).
  case words
  /// The next lines start at this column: a name column, then a description under itself.
  case hanging(Int)
  /// Stored Markdown: paragraphs and list items as `.words`; code blocks, indented lines and tables as
  /// they are, since cutting them would change what they say.
  case markdown
}

/// Cuts text at word boundaries to a width in terminal columns. Pure: given the width, it needs no
/// terminal. The text is bilan's output made safe already (`Terminal.safe`): no escape codes to count.
enum TextWrap {
  /// `text` with each line cut to `width` columns.
  static func wrap(_ text: String, width: Int, _ mode: Wrap = .words) -> String {
    lines(text, width: width, mode).joined(separator: "\n")
  }

  /// The lines of `text` once cut: its own line ends are kept, each of its lines is cut apart.
  static func lines(_ text: String, width: Int, _ mode: Wrap = .words) -> [String] {
    let hard = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard width > 0 else { return hard.map(String.init) }
    switch mode {
    case .none: return hard.map(String.init)
    case .words: return hard.flatMap { cut($0, width: width, hanging: nil) }
    case .hanging(let column): return hard.flatMap { cut($0, width: width, hanging: column) }
    case .markdown:
      var fenced = false
      return hard.flatMap { line -> [String] in
        let trimmed = line.drop { $0 == " " }
        let indent = line.count - trimmed.count
        if indent < 4, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
          fenced.toggle()
          return [String(line)]
        }
        if fenced || indent >= 4 || trimmed.hasPrefix("\t") || trimmed.hasPrefix("|") { return [String(line)] }
        return cut(line, width: width, hanging: nil)
      }
    }
  }

  // MARK: - Display width

  /// Columns `text` takes on a terminal.
  static func columns(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + columns($1) }
  }

  /// Columns one character takes: the sum of its scalars', so a base letter and its combining accent
  /// take one. An emoji asked for as a picture (U+FE0F) takes two. Where terminals differ (a family
  /// of emoji joined by U+200D), the sum is the widest reading: a line is never longer than measured.
  static func columns(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    let sum = scalars.reduce(0) { $0 + columns($1) }
    if sum < 2, scalars.contains("\u{FE0F}"), scalars.first?.properties.isEmoji == true { return 2 }
    return sum
  }

  /// A small wcwidth: combining marks, joiners and variation selectors take no column; East Asian wide
  /// and fullwidth characters, and emoji shown as pictures, take two; the rest one.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0xAD { return 1 }  // a soft hyphen: terminals show it
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    // Hangul medial vowels and final consonants join the syllable their initial consonant began.
    if (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  // MARK: - Cutting one line

  /// One line cut at its spaces. Its next lines start at `hanging`, or under its text when nil.
  private static func cut(_ original: Substring, width: Int, hanging: Int?) -> [String] {
    let line = expandingTabs(original)
    guard columns(line) > width else { return [String(original)] }
    var head = hanging == nil ? marker(line) : line.prefix { $0 == " " }
    var rest = line[head.endIndex...]
    if columns(head) >= width {
      // An indent as wide as the terminal: the text goes without it, its marker its first word.
      rest = line.drop { $0 == " " }
      head = rest.prefix(0)
    }
    var indent = hanging ?? columns(head)
    if indent > width / 2 { indent = 0 }  // else the text would stand in a narrow column
    let pad = String(repeating: " ", count: indent)

    var lines: [String] = []
    var current = String(head)
    var column = columns(head)
    var bare = true  // no word on this line yet
    for (space, word) in words(rest) where !word.isEmpty {
      let size = columns(word)
      let gap = columns(space)
      if !bare, column + gap + size > width {
        lines.append(current)
        (current, column, bare) = (pad, indent, true)
      } else if !bare || lines.isEmpty {
        current += space
        column += gap
      }
      if bare, column > indent, column + size > width, indent + size <= width {
        // The first word fits a next line, not after a wide indent: it goes there whole, its indent
        // given up if it was only spaces, else its marker left alone on the line.
        if current.contains(where: { $0 != " " }) {
          lines.append(String(current.reversed().drop { $0 == " " }.reversed()))
        }
        (current, column) = (pad, indent)
      }
      if column + size <= width {
        current += word
        column += size
        bare = false
        continue
      }
      // Longer than the room a line has for it: cut (only then), between characters.
      for character in word {
        let size = columns(character)
        if column + size > width, !bare || column > indent {
          lines.append(current)
          (current, column) = (pad, indent)
        }
        current.append(character)
        column += size
        bare = false
      }
    }
    lines.append(current)
    return lines
  }

  /// The line's indent and list marker, with the spaces after it: `  - `, `  1. `, `1.2 `, `✓ `.
  private static func marker(_ line: String) -> Substring {
    let indent = line.prefix { $0 == " " }
    let rest = line[indent.endIndex...]
    guard let space = rest.firstIndex(of: " ") else { return indent }
    let token = rest[..<space]
    let bullets: Set<Character> = ["-", "*", "+", "•", "·", "◦", "‣", "✓", "✗", "→", "│", ">"]
    let isBullet = token.count == 1 && bullets.contains(token.first!)
    let isNumber =
      token.count <= 9 && token.first?.isASCII == true && token.first?.isNumber == true
      && token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ")") }
      && (token.last == "." || token.last == ")" || token.contains("."))
    guard isBullet || isNumber else { return indent }
    let after = rest[space...].prefix { $0 == " " }
    return line[..<after.endIndex]
  }

  /// The words of `text`, each with the spaces before it. Only a plain space breaks: a no-break space
  /// (U+00A0, U+202F) is part of its word. French punctuation set apart by a plain space (`mot :`,
  /// `« mot »`) stays with its word, as if the space were a no-break one.
  private static func words(_ text: Substring) -> [(space: String, word: String)] {
    var pieces: [(space: String, word: String)] = []
    var space = ""
    var word = ""
    for character in text {
      if character == " " {
        if !word.isEmpty {
          pieces.append((space, word))
          (space, word) = ("", "")
        }
        space.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty || !space.isEmpty { pieces.append((space, word)) }

    var glued: [(space: String, word: String)] = []
    var opened = false  // the last word is a lone «
    for piece in pieces {
      // `»`, `:`… alone, or followed by the sentence's own punctuation (`».`, `» :`, `?)`).
      let closing =
        piece.word.first.map { ":;!?»".contains($0) } == true
        && piece.word.allSatisfy { ":;!?».,)]".contains($0) }
      if !glued.isEmpty, closing || opened, !piece.word.isEmpty {
        glued[glued.count - 1].word += piece.space + piece.word
      } else {
        glued.append(piece)
      }
      opened = piece.word == "«"
    }
    return glued
  }

  /// Tabs as the spaces a terminal moves over (stops every 8 columns), so that they can be measured.
  private static func expandingTabs(_ line: Substring) -> String {
    guard line.contains("\t") else { return String(line) }
    var out = ""
    var column = 0
    for character in line {
      if character == "\t" {
        let spaces = 8 - column % 8
        out += String(repeating: " ", count: spaces)
        column += spaces
      } else {
        out.append(character)
        column += columns(character)
      }
    }
    return out
  }
}
