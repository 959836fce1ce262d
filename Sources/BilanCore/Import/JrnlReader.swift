import Foundation

extension JrnlJournal {
  /// The plain-text file: an entry starts with `[date] ` at the start of a line (jrnl 2 and later), or
  /// with a date and time without brackets (jrnl 1.x). Read a line at a time, so a long file costs its
  /// length, never its square.
  public static func parse(text: String) throws -> [JrnlEntry] {
    var notes: [JrnlNote] = []
    return try parse(text: text, reading: JrnlReading(), notes: &notes)
  }

  /// The same, with what was not imported as it stands in `notes`.
  public static func parse(text: String, reading: JrnlReading, notes: inout [JrnlNote]) throws -> [JrnlEntry] {
    var entries: [JrnlEntry] = []
    let order = JrnlLazyOrder {
      var evidence = JrnlNumericDate.Evidence()
      evidence.look(atText: text.utf8)
      return evidence.isDayFirst
    }
    var scanner = Scanner(reading: reading, order: order)
    for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      try scanner.take(Substring(line)) { entries.append($0) }
    }
    try scanner.finish { entries.append($0) }
    notes += scanner.notes
    return entries
  }

  /// The plain-text file at `path`, read in blocks and handed over one entry at a time: memory holds
  /// one entry, not the journal. Bytes that are not UTF-8 stop the reading with their line; a file
  /// that starts with a UTF-16 byte-order mark is read as UTF-16. Gives what was not imported as it
  /// stands. In a folder journal, `day` is the day its path names, and `order` is the folder's.
  @discardableResult
  public static func read(
    file path: String, reading: JrnlReading = JrnlReading(), _ body: (JrnlEntry) throws -> Void
  ) throws -> [JrnlNote] {
    try read(file: path, reading: reading, day: nil, order: nil, body)
  }

  static func read(
    file path: String, reading: JrnlReading, day: (Int, Int, Int)?, order: JrnlLazyOrder?,
    _ body: (JrnlEntry) throws -> Void
  ) throws -> [JrnlNote] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "ce fichier n'existe pas, ou ne peut pas être lu", en: "no such file, or it cannot be read"))
    }
    defer { try? handle.close() }
    var scanner = Scanner(
      reading: reading, order: order ?? JrnlLazyOrder { JrnlNumericDate.dayFirst(files: [path]) }, file: path,
      day: day)
    var pending: [UInt8] = []
    var number = 0
    // Each block's whole lines are checked as UTF-8 at once; only a block that fails is read again line
    // by line, to name the line.
    func lines(_ bytes: ArraySlice<UInt8>) throws {
      // A NUL byte is refused too: SQLite would cut the text there.
      guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
          number += 1
          if line.contains(0) {
            throw Problem(line: number, message: LocalizedText(fr: "contient un octet NUL", en: "holds a NUL byte"))
          }
          if String(validating: line, as: UTF8.self) == nil {
            throw Problem(line: number, message: LocalizedText(fr: "ce n'est pas du texte UTF-8", en: "not UTF-8 text"))
          }
        }
        return
      }
      // By bytes: to a String, "\r\n" is one character and would not split. The line ends are found
      // in the bytes with memchr, and the lines cut from the text at the same offsets.
      let utf8 = text.utf8
      var start = utf8.startIndex
      for length in lineLengths(bytes) {
        let end = utf8.index(start, offsetBy: length)
        number += 1
        try scanner.take(Substring(utf8[start..<end]), body)
        if end < utf8.endIndex { start = utf8.index(after: end) }
      }
    }
    let head = try handle.read(upToCount: 2) ?? Data()
    if head == Data([0xFF, 0xFE]) || head == Data([0xFE, 0xFF]) {
      // UTF-16 (Windows' "Unicode"): read whole, then as text.
      let data = head + (try handle.readToEnd() ?? Data())
      guard let text = String(data: data, encoding: .utf16) else {
        throw Problem(line: 1, message: LocalizedText(fr: "ce n'est pas du texte UTF-16", en: "not UTF-16 text"))
      }
      for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
        if line.contains(0) {
          throw Problem(
            line: scanner.lineNumber + 1, message: LocalizedText(fr: "contient un octet NUL", en: "holds a NUL byte"))
        }
        try scanner.take(Substring(line), body)
      }
    } else {
      pending.append(contentsOf: head)
      while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
        pending.append(contentsOf: block)
        guard let last = pending.lastIndex(of: 0x0A) else { continue }
        try lines(pending[..<last])
        pending.removeSubrange(...last)
      }
      try lines(pending[...])
    }
    try scanner.finish(body)
    return scanner.notes
  }

  /// The length of each line of `bytes`, split at every LF: n line ends make n + 1 lines.
  static func lineLengths(_ bytes: ArraySlice<UInt8>) -> [Int] {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return [0] }
      var lengths: [Int] = []
      var position = 0
      while let found = memchr(base + position, 0x0A, buffer.count - position) {
        let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        lengths.append(end - position)
        position = end + 1
      }
      lengths.append(buffer.count - position)
      return lengths
    }
  }

  /// A jrnl folder journal (`journal: folder`): its day files `YYYY/MM/DD.txt`, as jrnl finds them, in
  /// date order, each entry on the day its path names; every other `.txt` file is named, not read.
  @discardableResult
  public static func read(
    folder: String, reading: JrnlReading = JrnlReading(), _ body: (JrnlEntry) throws -> Void
  ) throws -> [JrnlNote] {
    let (days, others) = dayFiles(in: folder)
    var notes = others.map { JrnlNote(file: $0, line: 1, kind: .notADayFile) }
    guard !days.isEmpty else {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "aucun fichier de jour de jrnl (AAAA/MM/JJ.txt) dans ce dossier",
          en: "no jrnl day file (YYYY/MM/DD.txt) in this folder"))
    }
    let paths = days.map(\.path)
    let order = JrnlLazyOrder { JrnlNumericDate.dayFirst(files: paths) }
    for day in days {
      do {
        notes += try read(file: day.path, reading: reading, day: (day.year, day.month, day.day), order: order, body)
      } catch var problem as Problem {
        problem.file = problem.file ?? day.path
        throw problem
      }
    }
    return notes
  }

  /// jrnl's day files: `YYYY/MM/DD.txt` naming a real day, sorted; and the other `.txt` files.
  static func dayFiles(in folder: String) -> (
    days: [(path: String, year: Int, month: Int, day: Int)], others: [String]
  ) {
    var days: [(path: String, year: Int, month: Int, day: Int)] = []
    var others: [String] = []
    let manager = FileManager.default
    let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let enumerator = manager.enumerator(atPath: root)
    while let name = enumerator?.nextObject() as? String {
      let path = root + "/" + name
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      let parts = name.split(separator: "/")
      if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 6, parts[2].hasSuffix(".txt"),
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2].dropLast(4)),
        parts.allSatisfy({ $0.first?.isASCII == true && $0.first?.isNumber == true }),
        case .date = JrnlNumericDate.valid(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
      {
        days.append((path, year, month, day))
      } else if name.lowercased().hasSuffix(".txt"), !parts.contains(where: { $0.hasPrefix(".") }) {
        others.append(path)
      }
    }
    return (days.sorted { $0.path < $1.path }, others.sorted())
  }
}
