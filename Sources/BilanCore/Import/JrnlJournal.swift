import Foundation

/// A jrnl journal (jrnl 4.6): its plain-text file or its `--export json`, read as jrnl reads them.
/// jrnl's times carry no zone: they are read in the local zone given.
public struct JrnlEntry: Sendable, Equatable {
  public var date: DateComponents
  public var title: String
  public var body: String
  public var tags: [String]
  public var starred: Bool

  /// jrnl knows an entry by its date, time and title: re-importing adds only the new ones.
  public var identity: String {
    String(
      format: "%04d-%02d-%02d %02d:%02d:%02d ", date.year ?? 0, date.month ?? 0, date.day ?? 0, date.hour ?? 0,
      date.minute ?? 0, date.second ?? 0) + title
  }
}

public enum JrnlJournal {
  public struct Problem: Error, Equatable {
    public var line: Int
    public var message: String
  }

  /// The plain-text file: an entry starts with `[date] ` at the start of a line.
  public static func parse(text: String) throws -> [JrnlEntry] {
    let text = text.replacingOccurrences(of: "\r\n", with: "\n")
    var starts: [(range: Range<String.Index>, date: DateComponents, line: Int)] = []
    var line = 1
    var index = text.startIndex
    var atLineStart = true
    while index < text.endIndex {
      if atLineStart, text[index] == "[", let close = text[index...].firstIndex(of: "]"),
        !text[index..<close].contains("\n"), text.index(after: close) < text.endIndex,
        text[text.index(after: close)] == " ",
        let date = date(String(text[text.index(after: index)..<close]))
      {
        starts.append((index..<text.index(close, offsetBy: 2), date, line))
      }
      atLineStart = text[index] == "\n"
      if atLineStart { line += 1 }
      index = text.index(after: index)
    }
    guard !starts.isEmpty else {
      if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return [] }
      throw Problem(line: 1, message: "no jrnl entry found: entries start with a line such as [2024-03-01 09:15] Title")
    }
    return starts.enumerated().map { n, start in
      let end = n + 1 < starts.count ? starts[n + 1].range.lowerBound : text.endIndex
      return entry(String(text[start.range.upperBound..<end]), date: start.date)
    }
  }

  /// jrnl's `_parse_text`: a first line ending with `*` stars the entry; the title is the first line,
  /// or else the first sentence.
  static func entry(_ raw: String, date: DateComponents) -> JrnlEntry {
    var text = raw
    var starred = false
    var lines = raw.components(separatedBy: "\n")
    if let first = lines.first, first.trimmingCharacters(in: .whitespaces).hasSuffix("*") {
      starred = true
      // As jrnl does: the first line loses its star, and a line break always follows it.
      lines[0] = first.trimmingCharacters(in: CharacterSet(charactersIn: "\n *"))
      text = lines[0] + "\n" + lines.dropFirst().joined(separator: "\n")
    }
    let (title, body) = splitTitle(text)
    return JrnlEntry(date: date, title: title, body: body, tags: tags(in: raw), starred: starred)
  }

  /// jrnl's `split_title`, quirks included: the newline is looked for in the text without its leading
  /// spaces, and the cut made at that offset in the text itself.
  static func splitTitle(_ text: String) -> (String, String) {
    let scalars = Array(text.unicodeScalars)
    let stripped = scalars.drop { $0.properties.isWhitespace }
    var cut: Int?
    if let newline = stripped.firstIndex(of: "\n") {
      cut = newline - stripped.startIndex + 1
    } else {
      let terminals = Set(".!?\u{2026}\u{203C}\u{203D}\u{2047}\u{2048}\u{2049}\u{22EF}\u{FE52}\u{FE57}".unicodeScalars)
      let quotes = Set("'\u{2019}\"\u{201D}".unicodeScalars)
      let cjk = Set("\u{FF01}\u{FF0E}\u{FF1F}\u{FF61}\u{3002}".unicodeScalars)
      var i = 0
      while i < scalars.count, cut == nil {
        if cjk.contains(scalars[i]) {
          cut = i + 1
        } else if terminals.contains(scalars[i]) {
          var j = i + 1
          if j < scalars.count, quotes.contains(scalars[j]) { j += 1 }
          while j < scalars.count, scalars[j] == "]" || scalars[j] == ")" { j += 1 }
          var k = j
          while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
          if k > j { cut = k }
        }
        i += 1
      }
    }
    guard let cut, cut <= scalars.count else { return (text.trimmingCharacters(in: .whitespacesAndNewlines), "") }
    var title = String.UnicodeScalarView()
    title.append(contentsOf: scalars[..<cut])
    var body = String.UnicodeScalarView()
    body.append(contentsOf: scalars[cut...])
    return (
      String(title).trimmingCharacters(in: .whitespacesAndNewlines),
      String(body).trimmingCharacters(in: .whitespacesAndNewlines)
    )
  }

  /// Words starting with `#` or `@` (jrnl's default tag symbols), lower-cased, each once.
  static func tags(in text: String) -> [String] {
    var tags: [String] = []
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let previousIsSpace = i == 0 || scalars[i - 1].properties.isWhitespace
      if previousIsSpace, scalars[i] == "#" || scalars[i] == "@" {
        var j = i + 1
        while j < scalars.count,
          scalars[j].properties.isAlphabetic || scalars[j].properties.numericType != nil
            || "-+*#/_".unicodeScalars.contains(scalars[j])
        {
          j += 1
        }
        if j > i + 1 {
          var tag = String.UnicodeScalarView()
          tag.append(contentsOf: scalars[i..<j])
          let name = String(tag).lowercased()
          if !tags.contains(name) { tags.append(name) }
        }
        i = j
      } else {
        i += 1
      }
    }
    return tags.sorted()
  }

  /// The dates jrnl writes and reads: its default `%F %r`, 24-hour times with or without seconds,
  /// a day alone (midnight, as jrnl reads a bracketed day), a month and a time (its first day).
  static func date(_ blob: String) -> DateComponents? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(secondsFromGMT: 0)
    for format in [
      "yyyy-MM-dd hh:mm:ss a", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd hh:mm a", "yyyy-MM-dd",
      "yyyy-MM HH:mm",
      "yyyy/MM/dd HH:mm", "dd.MM.yyyy HH:mm", "MM/dd/yyyy HH:mm",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: blob.trimmingCharacters(in: .whitespaces)) {
        var components = Calendar(identifier: .gregorian).dateComponents(
          in: TimeZone(secondsFromGMT: 0)!, from: date)
        return DateComponents(
          year: components.year, month: components.month, day: components.day, hour: components.hour,
          minute: components.minute, second: components.second)
      }
    }
    return nil
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
        line: 1, message: "not a jrnl JSON export ({\"entries\": [{\"title\", \"body\", \"date\", \"time\"…}]})")
    }
    return try export.entries.enumerated().map { n, item in
      guard let date = date("\(item.date) \(item.time)") else {
        throw Problem(line: 1, message: "entry \(n + 1): '\(item.date) \(item.time)' is not a date and time")
      }
      return JrnlEntry(
        date: date, title: item.title, body: item.body,
        tags: Array(Set((item.tags ?? []).map { $0.lowercased() })).sorted(),
        starred: item.starred ?? false)
    }
  }
}
