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
    String(
      format: "%04d-%02d-%02d %02d:%02d ", date.year ?? 0, date.month ?? 0, date.day ?? 0, date.hour ?? 0,
      date.minute ?? 0) + title
  }
}

public enum JrnlJournal {
  public struct Problem: Error, Equatable {
    public var line: Int
    public var message: String
  }

  /// A journal file's text: bytes that are not UTF-8 are refused with their line, never replaced.
  public static func text(_ data: Data) throws -> String {
    guard let text = String(data: data, encoding: .utf8) else {
      throw Problem(line: MarkdownDocument.firstBadLine(data), message: "not UTF-8 text")
    }
    return text
  }

  /// The plain-text file: an entry starts with `[date] ` at the start of a line. Read a line at a time,
  /// so a long file costs its length, never its square.
  public static func parse(text: String) throws -> [JrnlEntry] {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    var entries: [(date: DateComponents, lines: [String])] = []
    var before: [String] = []
    for line in lines {
      if line.hasPrefix("["), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(" "),
        let date = date(String(line[line.index(after: line.startIndex)..<close]))
      {
        entries.append((date, [String(line[line.index(close, offsetBy: 2)...])]))
      } else if entries.isEmpty {
        before.append(line)
      } else {
        entries[entries.count - 1].lines.append(line)
      }
    }
    guard !entries.isEmpty else {
      if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return [] }
      let line = (before.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0) + 1
      throw Problem(
        line: line, message: "no jrnl entry found: entries start with a line such as [2024-03-01 09:15] Title")
    }
    return entries.map { entry($0.lines.joined(separator: "\n"), date: $0.date) }
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
  public static func splitTitle(_ text: String) -> (String, String) {
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
    formatter.isLenient = false
    // jrnl's dateparser reads numeric days month first, as in the United States.
    for format in [
      "yyyy-MM-dd hh:mm:ss a", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd hh:mm a", "yyyy-MM-dd",
      "yyyy-MM HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy/MM/dd HH:mm", "MM.dd.yyyy HH:mm",
      "MM/dd/yyyy HH:mm", "MM/dd/yy HH:mm",
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
