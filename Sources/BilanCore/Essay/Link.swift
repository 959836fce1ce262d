/// A link as a user types it in a `link` or `links` answer: a name, an address, a name then its address,
/// or a Markdown link. It is stored as typed and written as Markdown.
public struct Link: Sendable, Equatable, Hashable {
  public var name: String?
  public var address: String?

  public init(name: String?, address: String?) {
    self.name = name
    self.address = address
  }

  public init?(_ typed: String) {
    let text = typed.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    if text.hasPrefix("["), text.hasSuffix(")"), let middle = text.range(of: "](") {
      let name = String(text[text.index(after: text.startIndex)..<middle.lowerBound])
      let address = String(text[middle.upperBound..<text.index(before: text.endIndex)])
      self.init(name: name.isEmpty ? nil : name, address: address.trimmingCharacters(in: .whitespaces))
      return
    }
    let words = text.split(separator: " ")
    if let last = words.last, Link.isAddress(String(last)) {
      let name = words.dropLast().joined(separator: " ")
      self.init(name: name.isEmpty ? nil : name, address: String(last))
    } else {
      self.init(name: text, address: nil)
    }
  }

  static func isAddress(_ word: String) -> Bool {
    word.contains("://") || word.hasPrefix("/") || word.hasPrefix("./") || word.hasPrefix("../")
      || word.hasPrefix("mailto:") || word.hasPrefix("#")
  }

  /// How the essay shows it: `[name](address)`, `<https://…>`, or the name alone until projects have pages.
  public var markdown: String {
    switch (name, address) {
    case (let name?, let address?): "[\(name)](\(address))"
    case (nil, let address?): address.contains("://") ? "<\(address)>" : "[\(address)](\(address))"
    case (let name?, nil): name
    case (nil, nil): ""
    }
  }

  /// The form a user would type, read back from the essay's Markdown.
  public var typed: String {
    [name, address].compactMap { $0 }.joined(separator: " ")
  }

  /// Reads one Markdown rendering back (`[a](b)`, `<b>`, or plain text).
  public static func fromMarkdown(_ text: String) -> Link? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("<"), trimmed.hasSuffix(">"), trimmed.count > 2 {
      return Link(name: nil, address: String(trimmed.dropFirst().dropLast()))
    }
    if let link = Link(trimmed), link.name == link.address, link.name != nil {
      return Link(name: nil, address: link.address)
    }
    return Link(trimmed)
  }
}
