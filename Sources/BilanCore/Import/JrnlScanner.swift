import Foundation

extension JrnlJournal {
  /// Gathers lines into entries. A line that starts with a bracketed date opens the next entry. A line
  /// that starts with a date and time without brackets (jrnl 1.x) opens one too when the journal's
  /// first entry was written so (jrnl 1.x reads every such line as a new entry), or after a blank line;
  /// inside the text of a bracketed entry it is body text, as jrnl 4 reads it.
  struct Scanner {
    enum Mode { case unknown, bracketed, bracketless }
    enum Header {
      case entry(DateComponents, Substring)
      case bad(JrnlNote.Kind)
      case none
    }

    let reading: JrnlReading
    let order: JrnlLazyOrder
    var file = ""
    var day: (Int, Int, Int)?
    var mode = Mode.unknown
    var date: DateComponents?
    var lines: [Substring] = []
    var skipping = false
    var preamble: [Substring] = []
    var firstText: Int?
    var sawEntry = false
    var previousBlank = true
    var toldBracketless = false
    var lineNumber = 0
    var notes: [JrnlNote] = []

    init(reading: JrnlReading, order: JrnlLazyOrder, file: String = "", day: (Int, Int, Int)? = nil) {
      self.reading = reading
      self.order = order
      self.file = file
      self.day = day
    }

    mutating func note(_ kind: JrnlNote.Kind, line: Int? = nil) {
      notes.append(JrnlNote(file: file, line: line ?? lineNumber, kind: kind))
    }

    mutating func take(_ raw: Substring, _ body: (JrnlEntry) throws -> Void) throws {
      lineNumber += 1
      var line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if lineNumber == 1, line.unicodeScalars.first == "\u{FEFF}" { line = Substring(line.unicodeScalars.dropFirst()) }
      let blank = line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
      defer { previousBlank = blank }
      switch line.utf8.first {
      case 0x5B?:
        switch bracketed(line) {
        case .entry(let date, let rest): return try open(date, rest, bracketless: false, body)
        case .bad(let kind): return try skip(kind, body)
        case .none: break
        }
      case let byte? where (0x30...0x39).contains(byte):
        let place = mode != .bracketed || previousBlank
        switch bracketless(line) {
        case .entry(let date, let rest):
          if place {
            if mode == .bracketed, !toldBracketless {
              toldBracketless = true
              note(.bracketlessEntries)
            }
            return try open(date, rest, bracketless: true, body)
          }
          if !skipping { note(.datedLineInBody(String(line.prefix(40)))) }
        case .bad(let kind) where place: return try skip(kind, body)
        default: break
        }
      default: break
      }
      if skipping { return }
      if date != nil {
        lines.append(mode == .bracketless ? Self.legacyLine(line) : line)
      } else {
        if firstText == nil, !blank { firstText = lineNumber }
        if firstText != nil { preamble.append(line) }
      }
    }

    /// `[date] Title`: its date, or why it cannot be read, or nothing when the bracket is not a date's.
    mutating func bracketed(_ line: Substring) -> Header {
      let utf8 = line.utf8
      guard let close = utf8.firstIndex(of: 0x5D) else { return .none }
      let start = utf8.index(after: utf8.startIndex)
      let after = utf8.index(after: close)
      guard start < close, after == utf8.endIndex || utf8[after] == 0x20 else { return .none }
      let blob = line[start..<close]
      let rest = after == utf8.endIndex ? line[after...] : line[utf8.index(after: after)...]
      switch read(blob) {
      case .date(let date): return .entry(date, rest)
      case .impossible(let trouble): return .bad(.impossibleDate(String(blob), trouble))
      case .unreadable: return .bad(.unreadableDate(String(blob)))
      case .none:
        // jrnl's date parser reads more than bilan (`[meeting at 10:30]` is a header to it): such a line
        // stays in the body, and is named.
        if Self.mightBeDate(blob) { note(.bracketInBody(String(blob))) }
        return .none
      }
    }

    /// A bracket that jrnl may read as a date: more than six characters (jrnl's own limit) with a time
    /// (`10:30`) or an English month name and a number.
    static func mightBeDate(_ blob: Substring) -> Bool {
      let bytes = Array(blob.utf8)
      guard bytes.count > 6, bytes.contains(where: { (0x30...0x39).contains($0) }) else { return false }
      func digit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (0x30...0x39).contains(bytes[i]) }
      for i in bytes.indices where bytes[i] == 0x3A && digit(i - 1) && digit(i + 1) && digit(i + 2) { return true }
      let lower = blob.lowercased()
      return JrnlDateFormat.months.contains { month in
        guard let range = lower.range(of: month.prefix(3)) else { return false }
        return range.lowerBound == lower.startIndex || !lower[lower.index(before: range.lowerBound)].isLetter
      }
    }

    /// A bracketed date: the `--date-format` first, as jrnl tries its `timeformat` first; then the
    /// forms jrnl writes itself, then other numeric dates and the formatter's forms.
    mutating func read(_ blob: Substring) -> JrnlDateRead {
      if let format = reading.format {
        let (read, _) = format.read(blob, whole: true)
        if read != .none { return read }
        if let quick = JrnlJournal.quickDate(blob.utf8) { return .date(quick) }
        return Self.looksLikeDate(blob) ? .unreadable : .none
      }
      if let quick = JrnlJournal.quickDate(blob.utf8) { return .date(quick) }
      var bytes = blob
      let order = self.order
      let numeric: JrnlDateRead? = bytes.withUTF8 { b in
        guard let p = JrnlNumericDate.scan(b) else { return nil }
        var end = p.end
        while end < b.count, b[end] == 0x20 { end += 1 }
        guard end == b.count else { return .unreadable }
        return JrnlNumericDate.interpret(p) { order.get() }
      }
      if let numeric, numeric != .unreadable { return numeric }
      if let date = JrnlJournal.date(blob) { return .date(date) }
      return numeric == .unreadable ? .unreadable : .none
    }

    /// Whether a bracket holds what can only be meant as a date: three numbers with date separators.
    static func looksLikeDate(_ blob: Substring) -> Bool {
      var bytes = blob
      return bytes.withUTF8 { JrnlNumericDate.scan($0) != nil }
    }

    /// `2013-06-10 15:40 Title` (jrnl 1.x): a date and a time, then a space or the line's end.
    mutating func bracketless(_ line: Substring) -> Header {
      var bytes = line
      let order = self.order
      let format = reading.format
      let (read, end): (JrnlDateRead, Int) = bytes.withUTF8 { b in
        if let format {
          let (read, n) = format.read(b, whole: false)
          guard read != .none, n == b.count || b[n] == 0x20 || b[n] == 0x09 else { return (.none, 0) }
          return (read, n)
        }
        guard let p = JrnlNumericDate.scan(b), p.hour != nil, p.end == b.count || b[p.end] == 0x20 || b[p.end] == 0x09
        else { return (.none, 0) }
        return (JrnlNumericDate.interpret(p) { order.get() }, p.end)
      }
      let text = String(line.utf8.prefix(end)) ?? ""
      switch read {
      case .date(let date):
        let utf8 = line.utf8
        let cut = utf8.index(utf8.startIndex, offsetBy: min(end + 1, utf8.count))
        return .entry(date, Self.trailingSpaceless(line[cut...]))
      case .impossible(let trouble): return .bad(.impossibleDate(text, trouble))
      case .unreadable: return .bad(.unreadableDate(text))
      case .none: return .none
      }
    }

    mutating func open(
      _ opened: DateComponents, _ rest: Substring, bracketless: Bool, _ body: (JrnlEntry) throws -> Void
    ) throws {
      try flush(body)
      var opened = opened
      if let (year, month, day) = day {
        // A folder journal's day is its path's, as jrnl has it.
        opened.year = year
        opened.month = month
        opened.day = day
      }
      if !sawEntry, let firstText {
        // Nothing is lost: the text before the first entry becomes an entry of its own, on its date.
        try body(JrnlJournal.entry(preamble.joined(separator: "\n"), date: opened))
        note(.textBeforeFirstEntry(imported: true), line: firstText)
        preamble = []
      }
      sawEntry = true
      if mode == .unknown { mode = bracketless ? .bracketless : .bracketed }
      date = opened
      skipping = false
      lines = [rest]
    }

    mutating func skip(_ kind: JrnlNote.Kind, _ body: (JrnlEntry) throws -> Void) throws {
      try flush(body)
      date = nil
      skipping = true
      note(kind)
    }

    mutating func flush(_ body: (JrnlEntry) throws -> Void) throws {
      guard let date else { return }
      try body(JrnlJournal.entry(lines.joined(separator: "\n"), date: date))
      lines = []
    }

    mutating func finish(_ body: (JrnlEntry) throws -> Void) throws {
      try flush(body)
      guard !sawEntry, let firstText else { return }
      if let (year, month, day) = day {
        // A day file without a header: jrnl reads it as one entry of that day.
        try body(
          JrnlJournal.entry(
            preamble.joined(separator: "\n"),
            date: DateComponents(year: year, month: month, day: day, hour: 0, minute: 0)))
        note(.textBeforeFirstEntry(imported: true), line: firstText)
      } else if notes.contains(where: \.skips) {
        note(.textBeforeFirstEntry(imported: false), line: firstText)
      } else {
        throw Problem(
          line: firstText,
          message:
            LocalizedText(
              fr:
                "aucune entrée de jrnl trouvée : une entrée commence par une ligne comme [2024-03-01 09:15] Titre (ou donnez --date-format)",
              en:
                "no jrnl entry found: entries start with a line such as [2024-03-01 09:15] Title (or give --date-format)"
            ))
      }
    }

    /// jrnl 1.x's reading of a body line: without its trailing spaces, and a line starting with a
    /// bracket (`[1] note`) shifted by a space, so that it never reads as a header.
    static func legacyLine(_ line: Substring) -> Substring {
      let line = trailingSpaceless(line)
      guard line.hasPrefix("["), let close = line.dropFirst().firstIndex(of: "]"),
        close > line.index(after: line.startIndex)
      else { return line }
      return Substring(" " + line)
    }

    static func trailingSpaceless(_ line: Substring) -> Substring {
      let scalars = line.unicodeScalars
      var end = scalars.endIndex
      while end > scalars.startIndex, JrnlJournal.isSpace(scalars[scalars.index(before: end)]) {
        end = scalars.index(before: end)
      }
      return Substring(scalars[scalars.startIndex..<end])
    }
  }
}
