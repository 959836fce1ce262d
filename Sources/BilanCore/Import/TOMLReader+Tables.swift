import Foundation

/// Where a key's value goes among the tables read so far: dotted keys, `[table]` and `[[array]]`
/// headers, each refused when it would overwrite what the file gave before.
extension TOMLReader {
  static func insert(_ fields: inout [FieldValue.Field], _ keys: [String], _ value: FieldValue, line: Int) throws {
    guard let first = keys.first else { return }
    let index = fields.firstIndex { $0.key == first }
    if keys.count == 1 {
      guard index == nil else {
        throw Failure(
          line: line,
          message: LocalizedText(
            fr: "la clé « \(first) » est donnée deux fois", en: "the key '\(first)' is given twice"))
      }
      fields.append(.init(first, value))
      return
    }
    var inner: [FieldValue.Field] = []
    if let index {
      switch fields[index].value {
      case .table(let existing): inner = existing
      case .array(var items):
        // The last table of an array of tables.
        guard case .table(var last)? = items.last else {
          throw Failure(
            line: line, message: LocalizedText(fr: "« \(first) » n'est pas une table", en: "'\(first)' is not a table"))
        }
        try insert(&last, Array(keys.dropFirst()), value, line: line)
        items[items.count - 1] = .table(last)
        fields[index].value = .array(items)
        return
      default:
        throw Failure(
          line: line, message: LocalizedText(fr: "« \(first) » n'est pas une table", en: "'\(first)' is not a table"))
      }
    }
    try insert(&inner, Array(keys.dropFirst()), value, line: line)
    if let index { fields[index].value = .table(inner) } else { fields.append(.init(first, .table(inner))) }
  }

  static func open(_ fields: inout [FieldValue.Field], _ keys: ArraySlice<String>, appending: Bool, line: Int) throws {
    guard let first = keys.first else { return }
    let index = fields.firstIndex { $0.key == first }
    let last = keys.count == 1
    if last, appending {
      if let index {
        guard case .array(var items) = fields[index].value else {
          throw Failure(
            line: line,
            message: LocalizedText(
              fr: "« \(first) » n'est pas un tableau de tables", en: "'\(first)' is not an array of tables"))
        }
        items.append(.table([]))
        fields[index].value = .array(items)
      } else {
        fields.append(.init(first, .array([.table([])])))
      }
      return
    }
    var inner: [FieldValue.Field] = []
    if let index {
      switch fields[index].value {
      case .table(let existing): inner = existing
      case .array(var items):
        guard case .table(var table)? = items.last else {
          throw Failure(
            line: line, message: LocalizedText(fr: "« \(first) » n'est pas une table", en: "'\(first)' is not a table"))
        }
        try open(&table, keys.dropFirst(), appending: appending, line: line)
        items[items.count - 1] = .table(table)
        fields[index].value = .array(items)
        return
      default:
        throw Failure(
          line: line, message: LocalizedText(fr: "« \(first) » n'est pas une table", en: "'\(first)' is not a table"))
      }
    }
    try open(&inner, keys.dropFirst(), appending: appending, line: line)
    if let index { fields[index].value = .table(inner) } else { fields.append(.init(first, .table(inner))) }
  }
}
