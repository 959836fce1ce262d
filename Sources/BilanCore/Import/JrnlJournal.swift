import Foundation

/// A jrnl journal (jrnl 4.6): its plain-text file or its `--export json`, read as jrnl reads them.
/// jrnl's times carry no zone: they are read in the local zone given.
public struct JrnlEntry: Sendable, Equatable {
  public var date: DateComponents
  public var title: String
  public var body: String
  public var tags: [String]
  public var starred: Bool

  /// jrnl knows an entry by its date, time and title: re-importing adds only the new ones. Minutes,
  /// not seconds: jrnl's file has seconds, its JSON export does not.
  public var identity: String {
    func digits(_ n: Int?, _ width: Int) -> String {
      let text = String(n ?? 0)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(digits(date.year, 4))-\(digits(date.month, 2))-\(digits(date.day, 2)) "
      + "\(digits(date.hour, 2)):\(digits(date.minute, 2)) " + title
  }
}

public enum JrnlJournal {
  public struct Problem: Error, Equatable {
    public var line: Int
    public var message: LocalizedText
    /// The file, when it is not the one named (a day file of a folder journal).
    public var file: String? = nil
  }

  /// A journal file's text: bytes that are not UTF-8 are refused with their line, never replaced.
  public static func text(_ data: Data) throws -> String {
    guard let text = String(data: data, encoding: .utf8) else {
      throw Problem(
        line: MarkdownDocument.firstBadLine(data),
        message: LocalizedText(fr: "ce n'est pas du texte UTF-8", en: "not UTF-8 text"))
    }
    return text
  }

  /// jrnl's `_parse_text`: a first line ending with `*` stars the entry; the title is the first line,
  /// or else the first sentence.
  static func entry(_ raw: String, date: DateComponents) -> JrnlEntry {
    var text = raw
    var starred = false
    let firstEnd = raw.firstIndex(of: "\n") ?? raw.endIndex
    let first = raw[..<firstEnd]
    if trimmed(first).hasSuffix("*") {
      starred = true
      // As jrnl does: the first line loses its star, and a line break always follows it.
      let scalars = Array(first.unicodeScalars)
      var (low, high) = (0, scalars.count)
      while low < high, " *\n".unicodeScalars.contains(scalars[low]) { low += 1 }
      while high > low, " *\n".unicodeScalars.contains(scalars[high - 1]) { high -= 1 }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[low..<high])
      text = String(view) + "\n" + (firstEnd < raw.endIndex ? raw[raw.index(after: firstEnd)...] : "")
    }
    let (title, body) = splitTitle(text)
    return JrnlEntry(date: date, title: title, body: body, tags: tags(in: raw), starred: starred)
  }

  /// jrnl's `split_title`, quirks included: the newline is looked for in the text without its leading
  /// spaces, and the cut made at that offset in the text itself.
  static let terminals = Set(
    ".!?\u{2026}\u{203C}\u{203D}\u{2047}\u{2048}\u{2049}\u{22EF}\u{FE52}\u{FE57}".unicodeScalars)
  static let quotes = Set("'\u{2019}\"\u{201D}".unicodeScalars)
  static let cjk = Set("\u{FF01}\u{FF0E}\u{FF1F}\u{FF61}\u{3002}".unicodeScalars)

  public static func splitTitle(_ text: String) -> (String, String) {
    // Walks the text only as far as the cut: a long body is not read scalar by scalar.
    let scalars = text.unicodeScalars
    var cut: String.Index?
    var leading = scalars.startIndex
    while leading < scalars.endIndex, isSpace(scalars[leading]) { leading = scalars.index(after: leading) }
    if let newline = text.utf8[leading...].firstIndex(of: 0x0A) {
      // The newline's offset in the text without its leading spaces, applied to the text itself.
      let offset = scalars.distance(from: leading, to: newline)
      cut = scalars.index(scalars.startIndex, offsetBy: offset + 1)
    } else {
      var i = scalars.startIndex
      while i < scalars.endIndex, cut == nil {
        let scalar = scalars[i]
        let next = scalars.index(after: i)
        if cjk.contains(scalar) {
          cut = next
        } else if terminals.contains(scalar) {
          var j = next
          if j < scalars.endIndex, quotes.contains(scalars[j]) { j = scalars.index(after: j) }
          while j < scalars.endIndex, scalars[j] == "]" || scalars[j] == ")" { j = scalars.index(after: j) }
          var k = j
          while k < scalars.endIndex, isSpace(scalars[k]) { k = scalars.index(after: k) }
          if k > j { cut = k }
        }
        i = next
      }
    }
    func clean(_ low: String.Index, _ high: String.Index) -> String {
      var (low, high) = (low, high)
      while low < high, isSpace(scalars[low]) { low = scalars.index(after: low) }
      while high > low, isSpace(scalars[scalars.index(before: high)]) { high = scalars.index(before: high) }
      return String(scalars[low..<high])
    }
    guard let cut else { return (clean(scalars.startIndex, scalars.endIndex), "") }
    return (clean(scalars.startIndex, cut), clean(cut, scalars.endIndex))
  }

  /// White space as Foundation's `.whitespacesAndNewlines` has it, ASCII answered without a table lookup.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  static func trimmed(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return Substring(scalars[start..<end])
  }

  /// Words starting with `#` or `@` (jrnl's default tag symbols), lower-cased, each once. The marks
  /// are found byte by byte; only the words after them are read as scalars.
  static func tags(in text: String) -> [String] {
    var text = text
    text.makeContiguousUTF8()
    // The offsets of the marks, found in the bytes; most texts have none or a few.
    let marks: [Int] =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        var marks: [Int] = []
        for offset in bytes.indices where bytes[offset] == 0x23 || bytes[offset] == 0x40 { marks.append(offset) }
        return marks
      } ?? []
    var tags: [String] = []
    let scalars = text.unicodeScalars
    var after = 0  // the offset up to which the text was read as a tag
    for offset in marks where offset >= after {
      let mark = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
      if mark > scalars.startIndex, !isSpace(scalars[scalars.index(before: mark)]) { continue }
      let start = scalars.index(after: mark)
      var end = start
      while end < scalars.endIndex, isTagScalar(scalars[end]) { end = scalars.index(after: end) }
      guard end > start else { continue }
      let name = String(scalars[mark..<end]).lowercased()
      if !tags.contains(name) { tags.append(name) }
      after = text.utf8.distance(from: text.utf8.startIndex, to: end)
    }
    return tags.sorted()
  }

  /// A letter, a digit (in any script) or one of `-+*#/_`.
  static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v)
        || "-+*#/_".unicodeScalars.contains(scalar)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The dates jrnl writes and reads: its default `%F %r`, 24-hour times with or without seconds,
  /// a day alone (midnight, as jrnl reads a bracketed day), a month and a time (its first day), English
  /// month names. Numeric dates with the year last are `JrnlNumericDate`'s.
  static func date(_ blob: Substring) -> DateComponents? {
    if let quick = quickDate(blob.utf8) { return quick }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(secondsFromGMT: 0)
    formatter.isLenient = false
    for format in [
      "yyyy-MM-dd hh:mm:ss a", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd hh:mm a", "yyyy-MM-dd",
      "yyyy-MM HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy/MM/dd HH:mm", "MMMM d, yyyy HH:mm",
      "MMM d, yyyy HH:mm", "d MMMM yyyy HH:mm", "d MMM yyyy HH:mm", "MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy h:mm a",
      "MMMM d, yyyy h:mm a", "EEE, d MMM yyyy HH:mm",
      "EEE, d MMM yyyy HH:mm:ss", "EEEE, d MMMM yyyy HH:mm", "EEEE, MMMM d, yyyy HH:mm", "EEE MMM d yyyy HH:mm",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: blob.trimmingCharacters(in: .whitespaces)) {
        let components = Calendar(identifier: .gregorian).dateComponents(
          in: TimeZone(secondsFromGMT: 0)!, from: date)
        guard (components.year ?? 0) >= 1000 else { continue }  // `24` is not the year 24
        return DateComponents(
          year: components.year, month: components.month, day: components.day, hour: components.hour,
          minute: components.minute, second: components.second)
      }
    }
    return nil
  }

  /// The form jrnl writes itself, `2024-03-01 09:15:00 AM` (and `2024-03-01 09:15`), read digit by digit:
  /// a DateFormatter costs more than the rest of an entry's import. Anything else goes to the formatter.
  static func quickDate(_ utf8: Substring.UTF8View) -> DateComponents? {
    let b = Array(utf8)
    guard b.count == 16 || b.count == 22 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard (0x30...0x39).contains(b[i]) else { return nil }
        value = value * 10 + Int(b[i] - 0x30)
      }
      return value
    }
    guard b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x20, b[13] == 0x3A, let year = number(0..<4), let month = number(5..<7),
      let day = number(8..<10), var hour = number(11..<13), let minute = number(14..<16), year >= 1000,
      (1...12).contains(month), minute < 60
    else { return nil }
    var second = 0
    if b.count == 22 {
      guard b[16] == 0x3A, let s = number(17..<19), s < 60, b[19] == 0x20, (1...12).contains(hour) else { return nil }
      second = s
      switch (b[20], b[21]) {
      case (0x41, 0x4D): hour = hour == 12 ? 0 : hour  // AM
      case (0x50, 0x4D): hour = hour == 12 ? 12 : hour + 12  // PM
      default: return nil
      }
    }
    guard hour < 24 else { return nil }
    // The day must exist in its month (no 30 February), as the formatter checks.
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0)!
    let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    guard day >= 1, day <= 28 || components.isValidDate(in: calendar) else { return nil }
    return components
  }

  /// jrnl's `--export json`.
  public static func parse(json data: Data) throws -> [JrnlEntry] {
    struct Export: Decodable {
      struct Item: Decodable {
        var title: String
        var body: String
        var date: String
        var time: String
        var tags: [String]?
        var starred: Bool?
      }
      var entries: [Item]
    }
    let export: Export
    do {
      export = try JSONDecoder().decode(Export.self, from: data)
    } catch {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "ce n'est pas un export JSON de jrnl ({\"entries\": [{\"title\", \"body\", \"date\", \"time\"…}]})",
          en: "not a jrnl JSON export ({\"entries\": [{\"title\", \"body\", \"date\", \"time\"…}]})"))
    }
    return try export.entries.enumerated().map { n, item in
      guard let date = date("\(item.date) \(item.time)"[...]) else {
        throw Problem(
          line: 1,
          message: LocalizedText(
            fr: "entrée \(n + 1) : « \(item.date) \(item.time) » n'est pas une date et une heure",
            en: "entry \(n + 1): '\(item.date) \(item.time)' is not a date and time"))
      }
      return JrnlEntry(
        date: date, title: item.title, body: item.body,
        tags: Array(Set((item.tags ?? []).map { $0.lowercased() })).sorted(),
        starred: item.starred ?? false)
    }
  }
}
