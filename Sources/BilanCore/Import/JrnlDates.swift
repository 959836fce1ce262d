import Foundation

/// What reading a header's date gave: a date, a date that cannot exist (30 February, month 13), a text
/// that is a date's but cannot be read, or no date at all (the line is body text).
enum JrnlDateRead: Equatable {
  case date(DateComponents)
  case impossible(JrnlNote.Trouble)
  case unreadable
  case none
}

/// Numeric dates, read byte by byte: `2013-06-10 15:40`, `13.06.2013 15:39`, `05/14/2020 10:22 PM`,
/// `2024-03-01T11:00`. Dotted, slashed or dashed dates with the year last are read month first, as jrnl
/// reads them, unless the first number cannot be a month (13.06.2013), or the file's other dates show
/// it is written day first (`dayFirst`, asked only when a date is ambiguous).
enum JrnlNumericDate {
  struct Parsed {
    var groups: [Int] = []
    var widths: [Int] = []
    var hour: Int?
    var minute = 0
    var second = 0
    var meridiem: UInt8?  // A or P
    var end = 0  // bytes read
  }

  /// The date and time at the start of `b`; nil when its start is not three numbers and separators.
  static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Parsed? {
    var p = Parsed()
    var i = 0
    func digits(max: Int) -> (Int, Int)? {
      var value = 0
      var n = 0
      while i < b.count, n < max, (0x30...0x39).contains(b[i]) {
        value = value * 10 + Int(b[i] - 0x30)
        i += 1
        n += 1
      }
      return n == 0 ? nil : (value, n)
    }
    guard let (g1, w1) = digits(max: 4), i < b.count else { return nil }
    let separator = b[i]
    guard separator == 0x2D || separator == 0x2E || separator == 0x2F else { return nil }
    i += 1
    guard let (g2, w2) = digits(max: 2), w2 <= 2, i < b.count, b[i] == separator else { return nil }
    i += 1
    guard let (g3, w3) = digits(max: 4) else { return nil }
    // A year first (2013-06-10) or last (10.06.2013, 10/06/13), never both nor neither.
    guard (w1 == 4 && w3 <= 2) || (w1 <= 2 && (w3 == 2 || w3 == 4)) else { return nil }
    if i < b.count, (0x30...0x39).contains(b[i]) { return nil }
    p.groups = [g1, g2, g3]
    p.widths = [w1, w2, w3]
    p.end = i
    // The time: ` 15:40`, `T15:40:00`, ` 3:40 PM`.
    guard i + 1 < b.count, b[i] == 0x20 || b[i] == 0x54, (0x30...0x39).contains(b[i + 1]) else { return p }
    let save = i
    i += 1
    guard let (hour, _) = digits(max: 2), i < b.count, b[i] == 0x3A else {
      i = save
      return p
    }
    i += 1
    guard let (minute, wm) = digits(max: 2), wm == 2 else {
      i = save
      return p
    }
    p.hour = hour
    p.minute = minute
    if i + 2 < b.count, b[i] == 0x3A, (0x30...0x39).contains(b[i + 1]) {
      i += 1
      guard let (second, ws) = digits(max: 2), ws == 2 else { return nil }
      p.second = second
    }
    p.end = i
    // ` AM`, ` pm`, `PM`: a letter pair that ends there.
    var j = i
    if j < b.count, b[j] == 0x20 { j += 1 }
    if j + 1 < b.count, [0x41, 0x61, 0x50, 0x70].contains(b[j]), b[j + 1] | 0x20 == 0x6D,
      j + 2 == b.count || b[j + 2] == 0x20 || b[j + 2] == 0x5D
    {
      p.meridiem = b[j] & ~0x20
      p.end = j + 2
    }
    return p
  }

  /// The date `p` names; `dayFirst` is asked when both first numbers could be the month.
  static func interpret(_ p: Parsed, dayFirst: () throws -> Bool) rethrows -> JrnlDateRead {
    var (year, month, day): (Int, Int, Int)
    if p.widths[0] == 4 {
      (year, month, day) = (p.groups[0], p.groups[1], p.groups[2])
    } else {
      let (a, b) = (p.groups[0], p.groups[1])
      year = p.widths[2] == 2 ? twoDigitYear(p.groups[2]) : p.groups[2]
      if a > 12, b > 12 { return .impossible(.noMonth(min(a, b))) }
      (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : (try dayFirst() ? (b, a) : (a, b))
    }
    var hour = p.hour ?? 0
    if let meridiem = p.meridiem {
      guard (1...12).contains(hour) else { return .impossible(.noTime(hour, p.minute)) }
      hour = meridiem == 0x50 ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
    }
    return valid(year: year, month: month, day: day, hour: hour, minute: p.minute, second: p.second)
  }

  /// dateutil's reading of a two-digit year: the one within fifty years of now.
  static func twoDigitYear(_ year: Int) -> Int {
    let now = Calendar(identifier: .gregorian).component(.year, from: Date())
    var full = year + now / 100 * 100
    if full >= now + 50 { full -= 100 } else if full < now - 50 { full += 100 }
    return full
  }

  static func valid(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> JrnlDateRead {
    guard (1...12).contains(month) else { return .impossible(.noMonth(month)) }
    guard day >= 1, day <= daysIn(month, of: year) else { return .impossible(.noDay(day, month: month, year: year)) }
    guard hour < 24, minute < 60, second < 60 else { return .impossible(.noTime(hour, minute)) }
    return .date(DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
  }

  static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The order a file writes its numeric dates in: day first when some date's first number cannot be a
  /// month and none's second can't be one either. Only the lines' starts (after an opening bracket) are
  /// looked at.
  struct Evidence {
    var dayFirst = 0
    var monthFirst = 0
    var isDayFirst: Bool { dayFirst > 0 && monthFirst == 0 }

    mutating func look(at line: ArraySlice<UInt8>) {
      var line = line
      if line.first == 0x5B { line = line.dropFirst() }
      guard let first = line.first, (0x30...0x39).contains(first) else { return }
      line.withUnsafeBufferPointer { buffer in
        guard let p = JrnlNumericDate.scan(buffer), p.widths[0] <= 2 else { return }
        if p.groups[0] > 12, p.groups[1] <= 12 { dayFirst += 1 }
        if p.groups[1] > 12, p.groups[0] <= 12 { monthFirst += 1 }
      }
    }

    mutating func look(atText bytes: some Collection<UInt8>) {
      for line in Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: true) { look(at: line) }
    }
  }

  /// Whether the files write their dates day first (read again, a block at a time).
  static func dayFirst(files: [String]) -> Bool {
    var evidence = Evidence()
    for path in files {
      guard let handle = FileHandle(forReadingAtPath: path) else { continue }
      defer { try? handle.close() }
      var pending: [UInt8] = []
      while let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty {
        pending.append(contentsOf: block)
        guard let last = pending.lastIndex(of: 0x0A) else { continue }
        evidence.look(atText: pending[..<last])
        pending.removeSubrange(...last)
      }
      evidence.look(atText: pending)
    }
    return evidence.isDayFirst
  }
}
